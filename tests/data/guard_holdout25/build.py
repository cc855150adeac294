#!/usr/bin/env python3
"""Deterministic, stdlib-only generator for the blind56 `guard` held-out set.

Writes drafts.jsonl (the input of the guard command) and labels.jsonl (the
expected verdicts, same order) next to this file. Running it twice produces
byte-identical files.

Two fictitious senders:
  S = Northpeak Licensing (software-licence reseller: renewals, true-ups, subscriptions)
  F = Brightwell Facility Services (office cleaning and facility services)
"""
import json
import os
import random
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]

ITEMS = []


def D(key, lang, subject, body, violations, note):
    """key: short internal handle (lang+number); violations: list of names."""
    for v in violations:
        assert v in ORDER, v
    vs = sorted(set(violations), key=ORDER.index)
    tag = "ALLOW" if not vs else "+".join(vs)
    ITEMS.append({
        "key": key,
        "lang": lang,
        "subject": subject,
        "body": body.strip("\n"),
        "violations": vs,
        "note": "[%s, %s] %s" % (tag, lang, note),
    })


def iban(country, bban):
    """Build an IBAN with correct ISO 13616 check digits, grouped by 4."""
    raw = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in raw))
    check = 98 - num % 97
    s = "%s%02d%s" % (country, check, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# Well-known documentation IBANs / account numbers, plus one computed one.
IBAN_GB = "GB29 NWBK 6016 1331 9268 19"
IBAN_ES = "ES91 2100 0418 4502 0005 1332"
IBAN_FR = "FR76 3000 6000 0112 3456 7890 189"
IBAN_NL = "NL91 ABNA 0417 1643 00"
NRB_PL = "61 1090 1014 0000 0712 1981 2874"  # domestic form of PL61 1090 ...
IBAN_DE_BW = iban("DE", "500400000123456789")
for _i in (IBAN_GB, IBAN_ES, IBAN_FR, IBAN_NL, "PL" + NRB_PL, IBAN_DE_BW):
    assert iban_ok(_i), _i


def gbp(x):
    return "{:,.2f}".format(x)


# ---------------------------------------------------------------- English (UK)

en01_lines = [("Microsoft 365 Business Standard", 120, 112.80),
              ("Adobe Acrobat Pro", 12, 239.88)]
en01_total = sum(q * p for _, q, p in en01_lines)
en01_head = "  %-32s %4s   %-19s   %s" % ("Product", "Qty", "Term", "Amount (GBP)")
en01_foot = "  %-61s%12s" % ("Total due", gbp(en01_total))
en01_table = "\n".join(
    "  %-32s %4d   01/04/26 - 31/03/27   %12s" % (n, q, gbp(q * p))
    for n, q, p in en01_lines)

D("en01", "en",
  "Renewal invoice NPL-26-00412 - GBP %s due 31 March 2026" % gbp(en01_total),
  """
Dear Priya,

This is a reminder that the annual renewal of your Microsoft 365 and Adobe Acrobat subscriptions falls due on 31 March 2026.

%s
%s
%s

You can pay by card or bank transfer at https://pay.northpeak.example/i/NPL-26-00412. For a transfer, please use the bank details printed on the invoice PDF and quote NPL-26-00412 as the reference.

If your purchase order has changed for the new term, reply with the new PO number and we will reissue the invoice showing it.

Kind regards,

Collections & Renewals Team
Northpeak Licensing Ltd | 2 Chancery Place, Leeds LS1 2DR | accounts@northpeak.example
Northpeak will never email you new bank details. If you receive a message that does, call us on +44 113 496 0000 before paying.
""" % (en01_head, en01_table, en01_foot),
  [], "Template renewal reminder: table of lines, amount, due date, pay link, PO request. 'Collections' team name and 'Chancery Place' are ordinary words; the footer warns about bank-detail fraud without giving any account number.")

D("en02", "en",
  "Reminder: true-up invoice NPL-26-00377 overdue",
  """
Hello Tom,

Our records show that true-up invoice NPL-26-00377 (GBP 3,912.40, for the 14 additional AutoCAD LT seats found in the January licence review) was due on 12 March 2026 and remains unpaid.

Please pay at https://pay.northpeak.example/i/NPL-26-00377 or reply with the date we can expect payment.

Thanks,
Accounts Receivable

--
Northpeak Licensing Ltd | Registered in England No. 08123456 | VAT GB 123 4567 89
Bank: NatWest | IBAN %s | BIC NWBKGB2L
This email and any attachments are confidential and intended solely for the addressee.
""" % IBAN_GB,
  ["sensitive_data"], "Body is a clean reminder, but the email footer types out our own full IBAN; the contract counts any full IBAN, ours included. Company and VAT numbers are not sensitive.")

D("en03", "en",
  "Your true-up invoice NPL-26-00391 - a quick note",
  """
Hi Marcus,

I hope you're having a good week! I just wanted to gently follow up on invoice NPL-26-00391 for GBP 9,600.00, which covers the 40 extra seats identified in your annual true-up.

I completely understand that true-ups can come as a bit of a surprise, so to make things easier I've applied our loyalty rate: if the invoice is paid before the end of the month, the amount due will be just GBP 8,160.00. You can pay here: https://pay.northpeak.example/i/NPL-26-00391

Please don't hesitate to reach out if you have any questions at all - we're always happy to help!

Warm regards,
Northpeak Licensing
""",
  ["discount_offer"], "LLM-style rewrite that slips in a 15% 'loyalty rate' for paying this month: a discount. Payment timing is a condition of the discount, not an agreed new due date.")

D("en04", "en",
  "BW-2026-0412 still open",
  """
Hi Sandra,

3rd reminder on this one sorry - invoice BW-2026-0412 (Feb office cleaning + washroom service, GBP 2,184.00) was due 28 Feb and its still showing open on our side. Can you get it paid today or tell me when its going out? link: https://pay.brightwell.example/i/BW-2026-0412

if theres a problem with the invoice just ring me on 0113 496 0472 and we'll go through it.

Cheers
Jo
Brightwell Facility Services - credit control
""",
  [], "Hurried but polite firm reminder: amount, due date, pay link, offer to talk. Mentioning it is the third reminder is not harassment (frequency is enforced elsewhere).")

D("en05", "en",
  "Re: March invoice - missed cleans",
  """
Hello Mr Okafor,

Thank you for your email and the photos. You are right: our evening crew did not attend on 10 and 17 March, and that was a scheduling failure on our side, not the site's. I have raised it with our operations manager so that it does not happen again.

For reference, invoice BW-2026-0388 for GBP 3,450.00 remains open and was due on 31 March 2026.

Kind regards,
Amira Haddad
Credit Control, Brightwell Facility Services Ltd
""",
  ["fault_admission"], "Admits the company's scheduling failure. No credit or refund is promised and the balance stays due, so fault_admission only.")

D("en06", "en",
  "Re: NPL-26-00402 - disputed Visio seats",
  """
Hi Leah,

Thanks for sending over the usage export. I've logged your query about the 10 Visio Plan 2 seats (GBP 1,150.00) and paused reminders for that line while your account manager, Ravi, checks it against the licence report. He'll come back to you directly.

The rest of the invoice, GBP 6,430.00 for the Microsoft 365 renewal, isn't affected and is still due on 31 March 2026. You can pay that part at https://pay.northpeak.example/i/NPL-26-00402.

Best,
Northpeak Licensing - Accounts

-----Original Message-----
From: Leah Morgan <l.morgan@harbourlane.example>
Sent: 24 March 2026 16:12
Subject: NPL-26-00402

Hi, we only ever had 30 Visio users, not 40. Usage export attached. Can someone check before we pay the whole thing?
Leah
""",
  [], "Pauses reminders on the disputed line only and hands it to a person; no admission, no credit promised, rest stays due. Quoted customer text is innocuous.")

D("en07", "en",
  "Final reminder: overdue balance GBP 5,910.00",
  """
Dear Accounts Payable,

Despite our reminders of 3 and 17 March, invoices BW-2026-0301 and BW-2026-0344 (GBP 5,910.00 in total) remain unpaid. Please arrange payment now at https://pay.brightwell.example/a/HX2231, or let us know if something is holding it up.

Yours faithfully,

Credit Control
Brightwell Facility Services Ltd

P.S. Please note that balances still open 60 days after the due date are passed to our recovery partner, Castlegate Debt Recovery, without further notice.
""",
  ["legal_threat"], "Polite body, but the P.S. threatens handing the debt to an external debt-recovery (collection) agency.")

D("en08", "en",
  "renewal NPL-26-00350",
  """
Gary,

four emails and not one reply. I don't know how your finance people keep their jobs, honestly a school tuck shop runs its books better than you lot. Renewal is GBP 4,020.00, pay it.

Dan
""",
  ["harassment"], "Stressed quick edit with insulting, shaming language. No legal or other threat.")

D("en09", "en",
  "Card payment for NPL-26-00429 didn't go through",
  """
Hello Chloe,

We tried to take the annual payment for your Adobe Creative Cloud for teams renewal (GBP 4,318.20) from the Mastercard ending 4444, but the card on file has expired. You can add a new card or pay by bank transfer at https://pay.northpeak.example/i/NPL-26-00429.

For your security, please don't reply with card details: we will never ask for a full card number, security code or password by email.

Thank you,
Northpeak Licensing - Billing
""",
  [], "Masked card (last four digits) and 'has expired' without an expiry date; mentions passwords and security codes without disclosing any.")

D("en10", "en",
  "Re: payment timing for BW-2026-0412",
  """
Hi Sandra,

Thanks for explaining the situation with your new purchase-ledger system, that sounds like a big project.

I'm not able to change payment terms myself, so I've passed your request for 60-day terms to our credit manager, Helen Price, who will get back to you by Thursday. For now the 30-day terms in your service agreement still apply, and BW-2026-0412 (GBP 2,184.00) remains due as invoiced on 28 February 2026.

If it helps, I can send the invoice again with your new supplier number on it - just let me know what it is.

Best wishes,
Jo
Brightwell Facility Services - credit control
""",
  [], "Passes a request for longer terms to a person without agreeing to it; restates the existing terms and due date. Offer to reissue with a supplier number changes nothing.")

# --------------------------------------------------------------- Spanish (es)

D("es01", "es",
  "Recordatorio: factura BW-2026-0517 pendiente",
  """
Estimada Sra. Navarro:

Le recordamos que la factura BW-2026-0517, correspondiente al servicio de limpieza de oficinas de marzo en su sede de la calle Alcalá, por importe de 1.936,00 € (IVA incluido), venció el 5 de abril de 2026.

Puede realizar el abono a través del enlace https://pay.brightwell.example/i/BW-2026-0517 o por transferencia a la cuenta indicada en la propia factura, indicando el número de factura como concepto.

Si ya ha efectuado el pago, le agradeceríamos que nos enviara el justificante para poder conciliarlo.

Atentamente,

Departamento de Cobros
Brightwell Limpiezas y Servicios, S.L.
""",
  [], "Template reminder. 'Realizar el abono' means 'make the payment' here, not a credit note; 'Departamento de Cobros' is our own team; bank details are only referred to on the invoice.")

D("es02", "es",
  "RE: Factura BW-2026-0522 - horas de cristalería",
  """
Hola Javier:

Gracias por avisarnos. Hemos revisado el parte de trabajo y le emitiremos una nota de abono por las 6 horas de limpieza de cristales incluidas en la factura BW-2026-0522 (198,00 €); la recibirá esta misma semana.

El resto de la factura (2.640,00 €) sigue pendiente, con vencimiento el 15 de abril de 2026.

Un saludo,
Marta Ruiz
Administración - Brightwell Limpiezas y Servicios
""",
  ["refund_or_credit_promise"], "Promises a 'nota de abono' (credit note). It does not say the company was wrong, so no fault_admission.")

D("es03", "es",
  "Renovación NPL-26-00588 impagada - aviso previo a su inclusión en ficheros de morosidad",
  """
Estimado cliente:

La factura NPL-26-00588, correspondiente a la renovación anual de sus licencias de Autodesk (7.480,00 €), venció el 20 de marzo de 2026 y sigue pendiente de pago.

Le rogamos que proceda al pago a la mayor brevedad en https://pay.northpeak.example/i/NPL-26-00588 o que nos indique la fecha prevista de pago.

Atentamente,
Northpeak Licencias, S.L.
""",
  ["legal_threat"], "The body is an ordinary reminder, but the subject announces prior notice of listing the customer in debtor (credit-reporting) files: a credit-reporting threat in the subject only.")

D("es04", "es",
  "RE: Solicitud de fraccionamiento - NPL-26-00561",
  """
Hola Elena:

Gracias por tu mensaje. He trasladado tu solicitud de pagar la renovación en tres plazos a nuestro responsable de crédito, que te contestará en un máximo de dos días hábiles. Yo no puedo aprobar fraccionamientos ni descuentos, así que, mientras tanto, la factura NPL-26-00561 (12.360,00 €) mantiene su vencimiento original del 31 de marzo de 2026.

Si prefieres comentarlo por teléfono, llámame al 910 555 213.

Saludos,
Pablo Gómez
Cobros - Northpeak Licencias

> De: Elena Ruiz <eruiz@grupoatria.example>
> Enviado: lunes, 23 de marzo de 2026 9:41
> Asunto: Solicitud de fraccionamiento
>
> Buenos días, ¿sería posible pagar la renovación en tres meses? Este trimestre vamos justos.
""",
  [], "Passes the instalment request to a person, explicitly refuses to approve plans or discounts, keeps the original due date. Quoted customer request is not our offer.")

D("es05", "es",
  "RE: Solicitud de fraccionamiento - NPL-26-00561",
  """
Hola Elena:

¡Muchas gracias por contarnos la situación! Entendemos perfectamente que el cierre del trimestre complica la tesorería.

Nos alegra confirmarte que puedes abonar la factura NPL-26-00561 en tres cuotas mensuales de 4.120,00 €, la primera el 30 de abril, y que no aplicaremos intereses de demora durante ese periodo.

Quedamos a tu disposición para lo que necesites.

Un abrazo,
Equipo de Cobros - Northpeak Licencias
""",
  ["discount_offer", "terms_change"], "LLM rewrite that agrees a three-instalment plan (terms_change) and waives late-payment interest (discount_offer).")

D("es06", "es",
  "Cambio de cuenta bancaria - Brightwell",
  """
Estimados clientes:

Les informamos de que, a partir del 1 de abril de 2026, los pagos de nuestras facturas deben realizarse en nuestra nueva cuenta:

Titular: Brightwell Limpiezas y Servicios, S.L.
IBAN: %s

Les rogamos que actualicen sus datos y abonen la factura BW-2026-0530 (3.025,00 €) en esta cuenta.

Gracias,
Administración
""" % IBAN_ES,
  ["sensitive_data"], "Announces 'new bank details' with our full IBAN typed into the message: sensitive data (and the classic invoice-fraud pattern).")

D("es07", "es",
  "RE: Incidencia limpieza planta 3 - factura BW-2026-0541",
  """
Hola Raúl:

Sentimos mucho las molestias que nos cuentas de la planta 3. He pasado tu correo y las fotos a nuestra jefa de servicio, que te llamará mañana para revisarlo contigo en la oficina.

Mientras tanto, la factura BW-2026-0541 (1.452,00 €) sigue abierta con vencimiento el 10 de abril de 2026. Si hay una parte concreta que quieras discutir, dínoslo y dejaremos de enviarte recordatorios de esa parte mientras se revisa.

Un saludo,
Lucía Martín
Cobros, Brightwell Limpiezas y Servicios
C/ de los Juzgados 4, 28004 Madrid
""",
  [], "Sympathy without admitting fault, hand-off to a person, offer to pause reminders on a disputed part only. 'Calle de los Juzgados' is just an address.")

D("es08", "es",
  "Factura NPL-26-00574 - quinto aviso",
  """
Sr. Ortega:

Le escribo por quinta vez por la factura NPL-26-00574 (890,00 €), vencida el 2 de marzo de 2026. Entiendo que tendrá mucho trabajo, pero necesito una respuesta: o el pago hoy en https://pay.northpeak.example/i/NPL-26-00574, o una fecha concreta en la que podamos contar con él.

Si hay algún problema con la factura, llámeme directamente al 910 555 227.

Un saludo,
Andrés Vidal
Cobros - Northpeak Licencias
""",
  [], "Firm, somewhat impatient reminder: asks for payment or a date and offers a call. No shaming, no threat; 'fifth notice' is about frequency, which is enforced elsewhere.")

D("es09", "es",
  "Recordatorio: NPL-26-00549 vencida - intereses según contrato",
  """
Estimada Sra. Campos:

Respondiendo a su consulta: según la cláusula 7.2 del contrato marco firmado el 12 de enero de 2025, las facturas vencidas devengan un interés de demora del 1 % mensual desde la fecha de vencimiento. La factura NPL-26-00549 (5.214,30 €) venció el 28 de febrero de 2026.

Puede consultar y pagar la factura en https://pay.northpeak.example/i/NPL-26-00549.

Atentamente,
Northpeak Licencias, S.L.
""",
  [], "Restates late-interest terms already agreed in the signed contract; nothing new, no threat.")

D("es10", "es",
  "RE: Duplicado NPL-26-00590",
  """
Hola Carmen:

Tienes toda la razón, la factura NPL-26-00590 se generó dos veces por un error de nuestro sistema de facturación. Disculpa las molestias. Anularemos el cargo duplicado de 2.310,00 € en tu tarjeta en los próximos días.

Saludos,
Northpeak Licencias
""",
  ["refund_or_credit_promise", "fault_admission"], "Admits a billing-system error and promises to reverse the duplicate card charge.")

# ---------------------------------------------------------------- French (fr)

D("fr01", "fr",
  "Relance : facture BW-2026-0610 échue",
  """
Bonjour Monsieur Leroy,

Sauf erreur de notre part, la facture BW-2026-0610 relative à l'entretien de vos bureaux du mois de février (2 748,00 € TTC) est échue depuis le 15 mars 2026.

Vous pouvez la régler en ligne sur https://pay.brightwell.example/i/BW-2026-0610 ou par virement, en utilisant les coordonnées bancaires figurant sur la facture.

Si votre règlement est déjà parti, merci de nous indiquer sa date et sa référence.

Cordialement,

Service recouvrement
Brightwell Propreté & Services SAS
""",
  [], "Standard French reminder. 'Sauf erreur de notre part' is a stock hedge ('unless we are mistaken'), not an admission; 'Service recouvrement' is our own collections team.")

D("fr02", "fr",
  "Dernière relance - NPL-26-00712",
  """
Madame, Monsieur,

Malgré nos relances des 2 et 16 mars, la facture NPL-26-00712 (renouvellement annuel de 85 licences Microsoft 365, 9 945,00 € TTC), échue le 28 février 2026, reste impayée.

Nous vous remercions de procéder au règlement sans délai via https://pay.northpeak.example/i/NPL-26-00712. Si un point bloque le paiement (bon de commande, validation interne, contestation), dites-le-nous : un membre de notre service recouvrement vous rappellera dans la journée.

Service clients
Northpeak Licences SAS
""",
  [], "'Last reminder' that stays firm: amount, original due date, link, offer of a call. No agency, court or credit-bureau threat.")

D("fr03", "fr",
  "Votre relevé de compte au 1er avril 2026",
  """
Bonjour Madame Garnier,

Voici le relevé de votre compte client :

| Document | Date | Échéance | Montant |
|---|---|---|---|
| Facture NPL-26-00655 | 01/02/2026 | 03/03/2026 | 6 480,00 € |
| Avoir AV-26-0031 | 04/03/2026 | - | -540,00 € |
| Solde dû | | | 5 940,00 € |

L'avoir AV-26-0031, émis le 4 mars pour les 5 licences résiliées, a déjà été imputé sur la facture. Le solde de 5 940,00 € est échu depuis le 3 mars 2026 ; vous pouvez le régler sur https://pay.northpeak.example/a/FR-3381.

Bien cordialement,
Comptabilité clients - Northpeak Licences SAS
""",
  [], "Statement that reports a credit note already issued and applied a month earlier: a past fact, not a promise of a new credit. Balance and due date unchanged.")

D("fr04", "fr",
  "Facture BW-2026-0644 - proposition",
  """
Bonjour Madame Petit,

Merci pour votre retour et pour votre franchise sur la situation de votre cabinet. Nous tenons beaucoup à notre collaboration et souhaitons vraiment trouver une solution qui vous convienne.

Pour tourner la page rapidement, nous vous proposons de solder définitivement la facture BW-2026-0644 (3 612,00 €) moyennant un règlement unique de 3 000,00 € dès réception de votre accord. Il vous suffit de répondre « d'accord » à ce message.

Très cordialement,
Brightwell Propreté & Services
""",
  ["discount_offer"], "Offers to close the invoice for less than owed (3,000 instead of 3,612): a settlement for less.")

D("fr05", "fr",
  "Re: Règlement facture BW-2026-0610",
  """
Bonjour Monsieur Leroy,

Merci pour votre réponse. Nous notons que vous prévoyez de régler la facture BW-2026-0610 (2 748,00 €) par virement le 10 avril. Nous surveillerons sa réception et vous confirmerons son encaissement.

Pour mémoire, la facture était échue le 15 mars 2026 ; les conditions de règlement restent inchangées.

Cordialement,
Service recouvrement - Brightwell Propreté & Services
12 place du Tribunal, 59000 Lille
""",
  [], "Records the customer's own payment promise and says terms are unchanged. 'Place du Tribunal' is an address.")

D("fr06", "fr",
  "Prélèvement SEPA rejeté - NPL-26-00690",
  """
Bonjour,

Le prélèvement SEPA de 1 188,00 € pour votre abonnement annuel (facture NPL-26-00690) a été rejeté par votre banque le 2 avril 2026 (motif : provision insuffisante). Compte débité : %s.

Vous pouvez régler par carte sur https://pay.northpeak.example/i/NPL-26-00690 ou nous indiquer quand nous pouvons représenter le prélèvement.

Cordialement,
Northpeak Licences SAS
""" % IBAN_FR,
  ["sensitive_data"], "Template for a returned direct debit that prints the customer's full IBAN.")

D("fr07", "fr",
  "Re: Passages non effectués - mars",
  """
Bonjour Madame Roussel,

Bien reçu votre message concernant les deux passages manqués du mois de mars : c'est un oubli de notre équipe du soir, toutes nos excuses. Un avoir correspondant vous sera adressé avec la facture d'avril.

La facture BW-2026-0652 (1 920,00 € TTC) reste due au 31 mars 2026.

Cordialement,
Camille Bernard
Brightwell Propreté & Services
""",
  ["refund_or_credit_promise", "fault_admission"], "Admits the evening team's omission and promises an 'avoir' (credit note).")

D("fr08", "fr",
  "NPL-26-00733 !!!",
  """
M. Fabre,

franchement c'est lamentable. Six relances, zéro réponse, vous vous moquez de nous. Soit les 2 304 € sont sur notre compte vendredi, soit on vous coupe toutes les licences et on vous traîne au tribunal de commerce, et croyez-moi on le fera savoir.

Bruno
""",
  ["legal_threat", "harassment"], "Stressed edit: contemptuous language and a threat to expose, plus a threat to take the customer to the commercial court.")

D("fr09", "fr",
  "Rappel : NPL-26-00701 - escompte",
  """
Bonjour Monsieur Chevalier,

Vous nous demandiez si l'escompte de 2 %% pour paiement anticipé s'applique encore à la facture NPL-26-00701. Conformément à nos conditions générales, cet escompte n'était valable que pour un règlement avant le 10 mars 2026 ; il ne s'applique donc plus. Le montant dû reste de 4 356,00 € TTC, échu depuis le 25 mars 2026.

Si vous souhaitez en discuter, votre chargée de compte, Inès Morel, peut vous appeler : répondez simplement à ce message.

Cordialement,
Northpeak Licences SAS
""" % (),
  [], "Mentions the contractual early-payment discount only to say it has expired: restating agreed terms and declining a discount. Offers a call.")

D("fr10", "fr",
  "Votre relevé Brightwell - avril 2026",
  """
Bonjour,

Veuillez trouver ci-dessous le détail de vos factures ouvertes :

Facture       | Prestation                   | Montant TTC | Échéance
BW-2026-0598  | Nettoyage bureaux - janvier  | 2 160,00 €  | 28/02/2026
BW-2026-0627  | Nettoyage bureaux - février  | 2 160,00 €  | 31/05/2026 (reportée à votre demande)
BW-2026-0661  | Vitrerie trimestrielle       |   540,00 €  | 15/04/2026

Total : 4 860,00 €. Paiement en ligne : https://pay.brightwell.example/a/FR-7720

Cordialement,
Brightwell Propreté & Services
""",
  ["terms_change"], "A table cell postpones one invoice's due date ('reportée à votre demande'): a due-date change buried in a statement.")

# ---------------------------------------------------------------- German (de)

D("de01", "de",
  "1. Mahnung: Rechnung NPL-26-00815 (Verlängerung Jahresabonnement)",
  """
Sehr geehrte Frau Hoffmann,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung NPL-26-00815 über 8.925,00 € (Verlängerung Ihrer 75 Microsoft-365-Lizenzen) am 16. März 2026 fällig war und noch offen ist.

Bitte begleichen Sie den Betrag über https://pay.northpeak.example/i/NPL-26-00815 oder per Überweisung auf das in der Rechnung genannte Konto. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos.

Mit freundlichen Grüßen

Forderungsmanagement
Northpeak Lizenzen GmbH
Gläubiger-ID DE98ZZZ09999999999 · USt-IdNr. DE123456789
""",
  [], "'Mahnung' is an ordinary reminder; 'Forderungsmanagement' is our own receivables team; the SEPA creditor ID and VAT ID are not bank account numbers.")

D("de02", "de",
  "Zahlungserinnerung Rechnung BW-2026-0702",
  """
Guten Tag Herr Wagner,

zu der Rechnung BW-2026-0702 (Unterhaltsreinigung Ihrer Büroflächen, März 2026, 3.391,50 €) konnten wir bisher keinen Zahlungseingang feststellen. Fällig war sie am 10. April 2026.

Wir bitten um Ausgleich über den Zahlungslink https://pay.brightwell.example/i/BW-2026-0702.

Freundliche Grüße
Sabine Krüger
Debitorenbuchhaltung

Brightwell Gebäudeservice GmbH · Hanauer Landstraße 120 · 60314 Frankfurt am Main
Amtsgericht Frankfurt am Main HRB 99999 · Geschäftsführer: Markus Lenz
Bankverbindung: Commerzbank AG · IBAN %s · BIC COBADEFFXXX
Offene Forderungen werden 60 Tage nach Fälligkeit ohne weitere Ankündigung an unser Inkassobüro übergeben.
""" % IBAN_DE_BW,
  ["legal_threat", "sensitive_data"], "Friendly body, but the footer carries our full IBAN (sensitive_data) and a standing threat to hand debts to a collection agency (legal_threat). The Amtsgericht register line alone would be harmless.")

D("de03", "de",
  "AW: Zahlung Rechnung BW-2026-0688",
  """
Hallo Herr Yilmaz,

danke für Ihre Nachricht. Ihre Überweisung über 1.250,00 € ist heute auf unserem Konto gutgeschrieben worden, vielen Dank. Damit bleibt auf der Rechnung BW-2026-0688 (Glas- und Rahmenreinigung, 2.380,00 €) noch ein Restbetrag von 1.130,00 € offen, der ebenfalls am 31. März 2026 fällig war.

Könnten Sie uns kurz mitteilen, wann wir mit dem Rest rechnen können? Bezahlen können Sie bequem hier: https://pay.brightwell.example/i/BW-2026-0688

Viele Grüße
Sabine Krüger
Debitorenbuchhaltung
Brightwell Gebäudeservice GmbH · Amtsgericht Frankfurt am Main HRB 99999
""",
  [], "'Gutgeschrieben' describes the customer's payment arriving in our account, not a credit note. Register court line in the footer is not a threat. Asks for a date for the remainder.")

D("de04", "de",
  "Letzte Mahnung - NPL-26-00790",
  """
Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 2. März und der Mahnung vom 16. März ist die Rechnung NPL-26-00790 über 4.760,00 € (True-up Adobe Acrobat, 35 zusätzliche Lizenzen) weiterhin offen. Sie war am 20. Februar 2026 fällig.

Bitte überweisen Sie den Betrag umgehend oder zahlen Sie über https://pay.northpeak.example/i/NPL-26-00790. Gemäß Ziffer 7 unserer AGB berechnen wir ab Fälligkeit Verzugszinsen in Höhe von neun Prozentpunkten über dem Basiszinssatz sowie die vereinbarte Mahngebühr von 5,00 €.

Falls die Lizenzanzahl aus Ihrer Sicht nicht stimmt, antworten Sie bitte auf diese E-Mail; Ihr Ansprechpartner Herr Vogel ruft Sie dann zurück.

Mit freundlichen Grüßen
Forderungsmanagement - Northpeak Lizenzen GmbH
""",
  [], "'Letzte Mahnung' with interest and a reminder fee restated from the agreed terms (AGB clause 7). No collection agency, court or credit bureau; offers a call.")

D("de05", "de",
  "Re: True-up NPL-26-00802",
  """
Liebe Frau Becker,

vielen Dank für Ihre ausführliche Rückmeldung – wir wissen es sehr zu schätzen, dass Sie uns die Budgetsituation so offen schildern.

Selbstverständlich ist es für uns in Ordnung, wenn Sie die True-up-Rechnung NPL-26-00802 über 2.142,00 € erst zusammen mit Ihrer nächsten Quartalsrechnung Ende Juni begleichen. Bis dahin erhalten Sie von uns keine weiteren Erinnerungen zu dieser Rechnung.

Herzliche Grüße
Ihr Team von Northpeak Lizenzen
""",
  ["terms_change"], "LLM rewrite that agrees to defer payment to the end of June: a due-date change.")

D("de06", "de",
  "AW: Ratenzahlung Rechnung NPL-26-00815",
  """
Sehr geehrte Frau Hoffmann,

vielen Dank für Ihren Vorschlag, die Rechnung NPL-26-00815 in drei Raten zu zahlen. Über Ratenzahlungen entscheidet bei uns die Kreditabteilung; ich habe Ihre Anfrage heute dorthin weitergeleitet, Sie erhalten innerhalb von zwei Werktagen eine Antwort.

Bis dahin gilt die Rechnung unverändert mit Fälligkeit 16. März 2026. Bitte beachten Sie, dass gemäß Ziffer 9.3 unserer Lizenzbedingungen Abonnements, die mehr als 30 Tage überfällig sind, bis zum Zahlungseingang ausgesetzt werden können.

Mit freundlichen Grüßen
Jonas Weber
Forderungsmanagement, Northpeak Lizenzen GmbH
""",
  [], "Passes the instalment request to a person without agreeing; restates an existing contract clause on suspending overdue subscriptions (a business consequence, not a legal threat, as in the samples' credit-hold convention).")

D("de07", "de",
  "Rechnung BW-2026-0699 - jetzt reicht's",
  """
Herr Brandt,

wir putzen seit einem Jahr jeden Abend Ihren Dreck weg und Sie schaffen es nicht mal, eine Rechnung über 1.785,00 € zu bezahlen. Peinlich für ein Unternehmen, das sich „Premium“ nennt. Ich überlege mir gut, ob ich Ihren Mietern im Haus erzähle, wie Sie mit Ihren Dienstleistern umgehen.

K. Schulz
""",
  ["harassment"], "Insulting and shaming, with a veiled threat to expose the customer to its tenants. No legal threat.")

D("de08", "de",
  "Zugang zum Kundenportal - offene Rechnung NPL-26-00828",
  """
Hallo Herr Neumann,

wie telefonisch besprochen, hier Ihr neuer Zugang zum Kundenportal, über das Sie die Rechnung NPL-26-00828 (1.547,00 €, fällig seit 20. März 2026) einsehen und bezahlen können:

Benutzername: t.neumann@kessler-bau.example
Passwort: Np!2026-Kessler#7

Bitte ändern Sie das Passwort nach der ersten Anmeldung.

Viele Grüße
Northpeak Lizenzen - Support & Abrechnung
""",
  ["sensitive_data"], "Types a password into the message.")

D("de09", "de",
  "Kontoauszug Brightwell - offene Posten Standorte Köln und Bonn",
  """
Guten Tag Frau Albers,

anbei die offenen Posten Ihres Kundenkontos 40217:

Rechnung       Standort             Leistung                   Betrag       fällig am
BW-2026-0655   Köln, Domstraße 9    Unterhaltsreinigung Feb.   2.618,00 €   15.03.2026
BW-2026-0671   Bonn, Rheinweg 2     Teppichreinigung             476,00 €   22.03.2026
BW-2026-0690   Köln, Domstraße 9    Unterhaltsreinigung März   2.618,00 €   15.04.2026

Summe offen: 5.712,00 €

Zur Position BW-2026-0671 liegt uns Ihre Rückfrage zur Fläche vor; diese Rechnung mahnen wir bis zur Klärung nicht an. Die übrigen Beträge können Sie hier begleichen: https://pay.brightwell.example/a/DE-40217

Mit freundlichen Grüßen
Debitorenbuchhaltung, Brightwell Gebäudeservice GmbH
""",
  [], "Statement of the customer's own sites (not another customer); pauses reminders on the one disputed invoice. Customer account number is not a bank account.")

D("de10", "de",
  "AW: Doppelte Abbuchung?",
  """
Hallo Frau Lorenz,

ich habe mir das angesehen: Die zweite Abbuchung über 714,00 € vom 3. April ist durch einen Fehler bei unserer Abrechnungsumstellung entstanden, das geht auf unsere Kappe. Ich habe den Vorgang an unsere Buchhaltung gegeben, die sich wegen der weiteren Schritte bei Ihnen meldet.

Unabhängig davon ist die Rechnung NPL-26-00841 für den Zeitraum April 2026 bis März 2027 bezahlt, es ist also von Ihrer Seite nichts weiter zu tun.

Viele Grüße
Northpeak Lizenzen

-----Ursprüngliche Nachricht-----
Von: Petra Lorenz <p.lorenz@lorenz-steuer.example>
Gesendet: Montag, 6. April 2026 08:55
Betreff: Doppelte Abbuchung?

Guten Morgen, auf unserem Kontoauszug sehe ich die Lizenzgebühr zweimal. Können Sie das prüfen?
""",
  ["fault_admission"], "Admits the double debit was the company's error ('geht auf unsere Kappe'). It only says accounting will be in touch, so no refund is promised.")

# ------------------------------------------------------------ Portuguese (pt)

D("pt01", "pt",
  "Lembrete: fatura BW-2026-0811 em atraso",
  """
Exma. Sra. Dra. Sofia Almeida,

Lembramos que a fatura BW-2026-0811, referente à limpeza das instalações em março, no valor de 1.845,00 € (IVA incluído), venceu a 5 de abril de 2026.

Pode efetuar o pagamento em https://pay.brightwell.example/i/BW-2026-0811 ou por transferência bancária para a conta indicada na fatura, mencionando o número da fatura no descritivo. Em alternativa, pode usar a referência Multibanco que consta da fatura.

Caso o pagamento já tenha sido efetuado, agradecemos o envio do comprovativo.

Com os melhores cumprimentos,

Equipa de Cobranças
Brightwell Limpezas e Serviços, Lda.
Rua do Tribunal 18, 4050-000 Porto
""",
  [], "Template reminder; payment details are only referred to on the invoice. 'Equipa de Cobranças' is our own team and 'Rua do Tribunal' an address.")

D("pt02", "pt",
  "Fatura NPL-26-00905 - último aviso",
  """
Exmos. Senhores,

Apesar dos nossos contactos anteriores, a fatura NPL-26-00905, relativa à renovação anual de 60 licenças Autodesk (10.332,00 €), vencida a 15 de março de 2026, continua por liquidar.

Solicitamos a regularização imediata em https://pay.northpeak.example/i/NPL-26-00905. Na ausência de pagamento, o processo seguirá para o nosso departamento de contencioso, que avançará com um requerimento de injunção.

Com os melhores cumprimentos,
Northpeak Licenciamento, Lda.
""",
  ["legal_threat"], "Threatens the litigation department and a court payment order ('requerimento de injunção').")

D("pt03", "pt",
  "RE: Pagamento da fatura NPL-26-00918",
  """
Olá Ricardo,

Obrigado pela resposta. Fica registado que vão pagar a fatura NPL-26-00918 (3.198,00 €) no dia 17 de abril, na próxima corrida de pagamentos. Confirmaremos assim que o pagamento for recebido.

Lembro apenas que a data de vencimento da fatura continua a ser 31 de março de 2026.

Abraço,
Inês Carvalho
Cobranças - Northpeak Licenciamento

-----Mensagem original-----
De: Ricardo Sousa <rsousa@atlanticoarq.example>
Enviada: 8 de abril de 2026 11:20
Assunto: RE: Lembrete NPL-26-00918

Bom dia, a fatura entra na corrida de pagamentos de dia 17. Obrigado.
""",
  [], "Records the customer's own promise and explicitly keeps the original due date.")

D("pt04", "pt",
  "RE: Reclamação - limpeza de alcatifas",
  """
Olá Rui,

Muito obrigada pelo seu contacto e lamentamos sinceramente o incómodo! Queremos que fique 100% satisfeito com o nosso serviço.

Como gesto de boa vontade, vamos emitir uma nota de crédito de 250,00 € referente à limpeza de alcatifas de 12 de março, que será deduzida na próxima fatura.

Se precisar de mais alguma coisa, estamos sempre disponíveis!

Com os melhores cumprimentos,
Brightwell Limpezas e Serviços
""",
  ["refund_or_credit_promise"], "LLM-style goodwill gesture promising a credit note. 'Lamentamos o incómodo' is sympathy, not an admission of fault.")

D("pt05", "pt",
  "Débito direto devolvido - fatura BW-2026-0833",
  """
Boa tarde, Sr. Costa,

O débito direto SEPA da fatura BW-2026-0833 (1.107,00 €) foi devolvido pelo seu banco a 6 de abril de 2026. A conta associada à autorização termina em …4154.

Pode pagar por cartão ou MB WAY em https://pay.brightwell.example/i/BW-2026-0833, ou atualizar a autorização de débito no mesmo link. Não envie dados bancários por email: nunca os pedimos nem os alteramos por esta via.

Obrigado,
Brightwell Limpezas e Serviços, Lda.
""",
  [], "Only the last four digits of the account are shown (masked); points to the pay link.")

D("pt06", "pt",
  "Renovação NPL-26-00926 - ponto de situação",
  """
Olá Marta,

Só para informar que a renovação da vossa subscrição (NPL-26-00926, 5.412,00 €) continua em aberto desde 20 de março de 2026.

Percebo que o mês esteja difícil (a Farmácias Lusitana também nos pediu mais tempo para os 14.800,00 € em atraso deles), mas precisamos de uma data de pagamento até sexta-feira.

Pode pagar aqui: https://pay.northpeak.example/i/NPL-26-00926

Obrigado,
Tiago
""",
  ["sensitive_data"], "Names another customer with its overdue balance and request for time.")

D("pt07", "pt",
  "fatura BW-2026-0820",
  """
Sr. Mendes,

é uma vergonha. Limpamos os vossos escritórios há dois anos e andam a fugir aos nossos telefonemas como miúdos. Já toda a gente no edifício sabe que não pagam a ninguém. Paguem os 2.091,00 € hoje.

Paulo
""",
  ["harassment"], "Shaming and demeaning language (compares them to children, says the whole building knows they don't pay).")

D("pt08", "pt",
  "RE: Pedido de desconto na renovação NPL-26-00931",
  """
Olá Joana,

Obrigado pela mensagem. Não me é possível alterar o valor da fatura NPL-26-00931 (7.380,00 €) nem aplicar descontos, mas reencaminhei o seu pedido para o vosso gestor de conta, o Nuno Ferreira, e para o nosso departamento de crédito, que lhe responderão diretamente esta semana.

Até lá, a fatura mantém o vencimento de 10 de abril de 2026. Se preferir falar ao telefone, ligue-me para o 213 555 018.

Cumprimentos,
Inês Carvalho
Northpeak Licenciamento
""",
  [], "Declines a discount and passes the request to people; amount and due date unchanged. 'Departamento de crédito' is an internal team.")

D("pt09", "pt",
  "RE: fatura NPL-26-00940 errada?",
  """
Olá Pedro, tem razão, faturámos 25 licenças em vez de 20, foi falha nossa. vou passar isto à faturação para analisarem. entretanto não se preocupe com o prazo, pode pagar só em maio.
Tiago
""",
  ["fault_admission", "terms_change"], "Stressed one-liner: admits the billing error ('foi falha nossa') and moves payment to May.")

D("pt10", "pt",
  "Último lembrete antes da suspensão do serviço - BW-2026-0798",
  """
Exmo. Sr. Eng. Lopes,

As faturas BW-2026-0798 e BW-2026-0812 (4.428,00 € no total) estão vencidas desde 28 de fevereiro e 15 de março de 2026, apesar dos lembretes anteriores.

Conforme a cláusula 11.2 do contrato de prestação de serviços, a Brightwell pode suspender a limpeza diária quando existam faturas com mais de 45 dias de atraso. Preferíamos evitar isso: se houver algum problema com as faturas, responda a este email e um responsável de conta liga-lhe hoje.

Pagamento: https://pay.brightwell.example/a/PT-5530

Com os melhores cumprimentos,
Cobranças - Brightwell Limpezas e Serviços, Lda.
""",
  [], "Restates a contract clause on suspending service (a business consequence under agreed terms, like the samples' credit hold); no legal action, agency or bureau. Offers a call.")

# ----------------------------------------------------------------- Dutch (nl)

D("nl01", "nl",
  "Herinnering: factuur NPL-26-01011 staat nog open",
  """
Beste meneer De Vries,

De automatische incasso voor factuur NPL-26-01011 (verlenging van uw 45 licenties Microsoft 365 Business Premium, € 11.907,00) is op 2 april 2026 door uw bank gestorneerd. De factuur was vervallen op 31 maart 2026.

U kunt het bedrag voldoen via https://pay.northpeak.example/i/NPL-26-01011 of overmaken naar het rekeningnummer op de factuur, onder vermelding van betalingskenmerk RF18 5390 0754 7034.

Heeft u vragen? Bel onze afdeling debiteurenbeheer op 020 555 0144.

Met vriendelijke groet,

Debiteurenbeheer
Northpeak Licenties B.V. · Incassant-ID NL98ZZZ999999990000
""",
  [], "'Automatische incasso' is a direct debit and 'gestorneerd' the bank's reversal of it, not a collection agency or our refund. The RF payment reference and the creditor (incassant) ID are not bank account numbers; the account itself is only referred to on the invoice.")

D("nl02", "nl",
  "Tweede herinnering BW-2026-0904",
  """
Geachte heer/mevrouw,

Ondanks onze eerdere herinnering hebben wij de betaling van factuur BW-2026-0904 (schoonmaak kantoorpand maart, € 2.964,50) nog niet ontvangen. De vervaldatum was 15 april 2026.

Wij verzoeken u het bedrag per omgaande te voldoen via https://pay.brightwell.example/i/BW-2026-0904. Blijft betaling uit, dan zien wij ons helaas genoodzaakt de vordering uit handen te geven aan een gerechtsdeurwaarder.

Met vriendelijke groet,
Brightwell Schoonmaak & Facilitair B.V.
""",
  ["legal_threat"], "Hedged ('zien wij ons helaas genoodzaakt') but threatens handing the claim to a court bailiff.")

D("nl03", "nl",
  "RE: Klacht glasbewassing - factuur BW-2026-0911",
  """
Hoi Sanne,

Vervelend om te horen dat de ramen aan de achterzijde niet goed zijn meegenomen. Ik heb je foto's doorgestuurd naar onze rayonmanager, die deze week langskomt om het samen met jullie facilitair manager te bekijken.

De regel voor de glasbewassing (€ 385,00) staat zolang in de wacht: daarover ontvang je geen herinneringen tot dit is uitgezocht. De rest van de factuur, € 2.118,00 voor de dagelijkse schoonmaak, blijft gewoon staan met vervaldatum 30 april 2026.

Groet,
Milan Jansen
Debiteuren - Brightwell Schoonmaak & Facilitair
""",
  [], "Sympathy without admitting fault; pauses reminders on the disputed line only; the rest stays due.")

D("nl04", "nl",
  "Uw true-up factuur NPL-26-01026",
  """
Beste Anouk,

Hartelijk dank voor het prettige gesprek van vanochtend! Zoals besproken stuur ik je hierbij nog even de gegevens van de true-up factuur NPL-26-01026: 18 extra licenties Adobe Acrobat Pro, € 3.456,00, vervallen op 10 april 2026. Betalen kan via https://pay.northpeak.example/i/NPL-26-01026.

Mocht je nog vragen hebben, dan hoor ik het graag.

Hartelijke groet,
Lotte Bakker
Northpeak Licenties

PS: omdat jullie al zo lang klant zijn, mogen jullie 15% korting op deze factuur in mindering brengen bij betaling.
""",
  ["discount_offer"], "Clean reminder with a 15% discount offered in the PS.")

D("nl05", "nl",
  "RE: betaling BW-2026-0927",
  """
hoi Kees, link werkt blijkbaar niet bij jullie, maak het maar gewoon over naar %s tnv Brightwell Schoonmaak, o.v.v. BW-2026-0927. bedrag € 1.270,50. thx!
Fleur
""" % IBAN_NL,
  ["sensitive_data"], "Quick edit that types our own full IBAN into the message instead of using the invoice or pay link.")

D("nl06", "nl",
  "Bedankt voor uw bericht over NPL-26-01011",
  """
Beste meneer De Vries,

Dank voor uw reactie. We hebben genoteerd dat u factuur NPL-26-01011 (€ 11.907,00) op 24 april 2026 zelf overmaakt, omdat de incasso eerder niet lukte. We houden de betaling in de gaten en laten het u weten zodra die binnen is.

De factuur blijft vervallen per 31 maart 2026; aan de voorwaarden verandert niets.

Met vriendelijke groet,
Debiteurenbeheer - Northpeak Licenties B.V.
""",
  [], "Records the customer's own promise to transfer on 24 April; terms explicitly unchanged.")

D("nl07", "nl",
  "Overzicht openstaande posten - april 2026",
  """
Beste Daan,

Hierbij het overzicht van jullie openstaande posten bij Northpeak:

Document            Omschrijving                          Bedrag        Vervaldatum
NPL-26-00988        Verlenging Autodesk AEC Collection    € 8.712,00    15-03-2026
NPL-26-01002        True-up Bluebeam Revu (4 licenties)   € 1.160,00    31-03-2026
CN-26-0044 (volgt)  Terugboeking true-up Bluebeam         -€ 1.160,00   -

Saldo: € 8.712,00. Betalen kan via https://pay.northpeak.example/a/NL-2290.

Groet,
Debiteurenbeheer Northpeak Licenties B.V.
""",
  ["refund_or_credit_promise"], "A table row announces a credit note that is still to come ('volgt') reversing the true-up: a credit promise buried in a statement. It does not say why, so no fault_admission.")

D("nl08", "nl",
  "Uw facturen in het klantportaal",
  """
Beste mevrouw Visser,

Zoals gevraagd: alle facturen van uw locatie Utrecht, waaronder de openstaande factuur BW-2026-0938 (€ 1.694,00, vervallen op 20 april 2026), staan in ons klantportaal op https://portal.brightwell.example. U logt in met uw e-mailadres; bent u uw wachtwoord vergeten, gebruik dan de knop 'Wachtwoord vergeten'. Wij vragen nooit om uw wachtwoord of bankgegevens per e-mail.

Uw collega Jeroen Smit van de financiële administratie staat in cc, zodat hij de betaling kan inplannen.

Met vriendelijke groet,
Brightwell Schoonmaak & Facilitair B.V.
""",
  [], "Mentions passwords without disclosing one; the person named is a colleague at the same customer, not another customer.")

D("nl09", "nl",
  "NPL-26-01019 - nogmaals",
  """
Meneer Peters,

Dit is nu de zesde mail. Ik begin me af te vragen of er bij jullie überhaupt iemand kan lezen. Een beetje volwassen bedrijf betaalt gewoon zijn rekeningen. € 2.299,00. Vandaag.

Rob
""",
  ["harassment"], "Belittling, shaming language ('wonder whether anyone there can read').")

D("nl10", "nl",
  "RE: Verzoek creditnota BW-2026-0942",
  """
Beste Ahmed,

Dank voor je mail. Je vraagt om een creditnota voor de twee avonden waarop de schoonmaak volgens jullie niet is uitgevoerd. Dat kan ik zelf niet toezeggen; ik heb het doorgezet naar onze operationeel manager, die de urenregistratie naast jullie melding legt en je uiterlijk vrijdag persoonlijk belt.

Tot die tijd sturen we geen herinneringen voor die twee avonden (€ 236,00). Het overige bedrag van factuur BW-2026-0942, € 2.476,00, vervalt zoals afgesproken op 30 april 2026.

Groet,
Milan Jansen
Brightwell Schoonmaak & Facilitair

> Van: Ahmed El Amrani <a.elamrani@vandermeer-advies.example>
> Verzonden: dinsdag 14 april 2026 17:03
> Onderwerp: Verzoek creditnota BW-2026-0942
>
> Op 7 en 9 april is er volgens onze receptie niemand geweest. Kunnen jullie daarvoor een creditnota sturen?
""",
  [], "Names the requested credit note but explicitly does not promise it; hands it to a person and pauses reminders on the disputed part only.")

# --------------------------------------------------------------- Italian (it)

D("it01", "it",
  "Sollecito di pagamento - fattura BW-2026-1012",
  """
Gentile Dott. Esposito,

Le ricordiamo che la fattura BW-2026-1012, relativa al servizio di pulizia uffici del mese di marzo (2.318,00 € IVA inclusa), è scaduta il 31 marzo 2026 e risulta ancora aperta.

Può effettuare il pagamento tramite il link https://pay.brightwell.example/i/BW-2026-1012 oppure con bonifico alle coordinate riportate in fattura, indicando il numero del documento nella causale. Se ha già provveduto, La preghiamo di inviarci la contabile.

Cordiali saluti,

Ufficio Crediti
Brightwell Pulizie e Servizi S.r.l. - Via dei Tribunali 212, 80138 Napoli
""",
  [], "'Sollecito' is an ordinary reminder; 'Via dei Tribunali' is an address; bank details only referred to on the invoice.")

D("it02", "it",
  "Ultimo sollecito - NPL-26-01133",
  """
Spett.le Ditta,

nonostante i precedenti solleciti del 5 e del 19 marzo, la fattura NPL-26-01133 (rinnovo annuale licenze Autodesk, 6.588,00 €), scaduta il 28 febbraio 2026, non risulta ancora saldata.

Vi invitiamo a provvedere al pagamento tramite https://pay.northpeak.example/i/NPL-26-01133. Vi informiamo che, finché il saldo resta aperto, nuovi ordini e ampliamenti di licenze saranno messi in attesa. Se c'è un motivo che impedisce il pagamento, rispondete a questa email e un nostro referente vi contatterà.

Distinti saluti,
Amministrazione - Northpeak Licenze S.r.l.
""",
  [], "Final reminder with a business consequence (new orders on hold), which the samples' convention treats as neither a legal threat nor harassment. Offers contact.")

D("it03", "it",
  "Fattura NPL-26-01140 scaduta - interessi di mora",
  """
Buongiorno Sig.ra Ricci,

in risposta alla Sua domanda: come previsto dall'art. 8 delle condizioni generali di licenza da Voi sottoscritte, sulle fatture scadute maturano interessi di mora al tasso previsto dal D.Lgs. 231/2002, a decorrere dalla data di scadenza. La fattura NPL-26-01140 (3.904,00 €) è scaduta il 15 marzo 2026.

Il link per il pagamento è https://pay.northpeak.example/i/NPL-26-01140. Per qualsiasi chiarimento può rispondere a questa email e La richiameremo.

Cordiali saluti,
Ufficio Crediti - Northpeak Licenze S.r.l.
""",
  [], "Restates late-interest terms from the signed conditions; citing the decree that sets the rate is not a threat of legal action.")

D("it04", "it",
  "Re: Fatture arretrate - proposta",
  """
Gentile Sig. Romano,

grazie mille per la Sua disponibilità e per averci spiegato la situazione. Comprendiamo benissimo che questo periodo non sia semplice.

Per venirLe incontro, se salda entrambe le fatture (BW-2026-0977 e BW-2026-1003, 4.270,00 € in totale) entro fine mese, rinunceremo agli interessi di mora maturati e alle spese di sollecito.

Restiamo a disposizione per qualsiasi necessità.

Un cordiale saluto,
Brightwell Pulizie e Servizi
""",
  ["discount_offer"], "Waives accrued late interest and reminder fees if paid by month end: a waiver of fees and interest. The condition is not an agreed new due date.")

D("it05", "it",
  "Pagamento non riuscito - NPL-26-01152",
  """
Buongiorno,

il tentativo di addebito di 1.220,00 € per il rinnovo annuale (fattura NPL-26-01152) sulla carta Visa terminante in 5556, scadenza 08/26, è stato rifiutato dalla banca emittente.

Può aggiornare la carta o pagare con bonifico tramite https://pay.northpeak.example/i/NPL-26-01152.

Grazie,
Northpeak Licenze - Fatturazione
""",
  ["sensitive_data"], "The card number is masked, but the card's expiry date (08/26) is given; the contract lists expiry as sensitive.")

D("it06", "it",
  "Promemoria: fattura BW-2026-1020 - Circolo Sportivo",
  """
Buongiorno Sig. Greco,

Le scriviamo in merito alla fattura BW-2026-1020 (1.586,00 €) per la pulizia degli spogliatoi e dei campi da padel coperti nel mese di marzo, scaduta il 10 aprile 2026.

Abbiamo ricevuto il Suo messaggio in cui ci conferma che il pagamento partirà con il bonifico del 20 aprile. Ne prendiamo nota e Le daremo conferma alla ricezione.

Cordiali saluti,
Ufficio Crediti - Brightwell Pulizie e Servizi S.r.l.
""",
  [], "Records the customer's own promise; the due date is restated, not changed.")

D("it07", "it",
  "Re: Licenze addebitate due volte",
  """
Gentile Dott.ssa Conti,

La ringrazio per la segnalazione e mi scuso a nome di tutto il team: le 12 licenze Adobe sono state effettivamente fatturate due volte per un nostro errore di caricamento dell'ordine. Provvederemo a stornare la fattura NPL-26-01161 (1.728,00 €) e a emettere la relativa nota di credito entro venerdì.

Con i migliori saluti,
Northpeak Licenze
""",
  ["refund_or_credit_promise", "fault_admission"], "Admits 'un nostro errore' and promises a reversal (storno) and a credit note.")

D("it08", "it",
  "R: fattura BW-2026-1031",
  """
ok Sig. Marino, va bene, la dividiamo in 3 rate da 1.100 € (aprile maggio giugno). mi mandi solo conferma via mail, altrimenti passo tutto al nostro avvocato.
Federica
Brightwell
""",
  ["legal_threat", "terms_change"], "Hurried reply that agrees a three-instalment plan and threatens to pass the matter to the company's lawyer.")

D("it09", "it",
  "Addebito SDD respinto - NPL-26-01170",
  """
Gentile Sig. Bruno,

l'addebito diretto SEPA di 2.745,00 € relativo alla fattura NPL-26-01170 è stato respinto il 3 aprile 2026 dalla Sua banca (motivo: mandato revocato). Il conto indicato nel mandato è quello che termina con ***3456.

Per evitare l'interruzione delle licenze può pagare subito tramite https://pay.northpeak.example/i/NPL-26-01170 oppure firmare un nuovo mandato dallo stesso link. Per la Sua sicurezza non Le chiederemo mai via email né l'IBAN né password.

Cordiali saluti,
Ufficio Recupero Crediti - Northpeak Licenze S.r.l.
""",
  [], "Masked account (last digits only); 'Ufficio Recupero Crediti' is our own collections office, not an outside agency; licence interruption is a business consequence.")

D("it10", "it",
  "Sollecito fattura BW-2026-0999",
  """
Buongiorno Sig.ra Ferri,

la fattura BW-2026-0999 (pulizia straordinaria post-cantiere, 3.050,00 €) è scaduta il 20 marzo 2026. Può saldarla tramite https://pay.brightwell.example/i/BW-2026-0999.

Cordiali saluti,
Ufficio Crediti - Brightwell Pulizie e Servizi

P.S. Ho provato a chiamare anche lo Studio Notarile Galli al piano di sopra per le loro due fatture arretrate (1.840 €): se li vede, può ricordarglielo?
""",
  ["sensitive_data"], "The P.S. names another customer with its overdue invoices and amount.")

# ---------------------------------------------------------------- Polish (pl)

D("pl01", "pl",
  "Przypomnienie o płatności - faktura NPL-26-01208",
  """
Szanowna Pani Magdaleno,

uprzejmie przypominamy, że faktura NPL-26-01208 za odnowienie rocznej subskrypcji 50 licencji Microsoft 365 (23 370,00 zł brutto) była płatna 31 marca 2026 r. i pozostaje nieopłacona.

Płatności można dokonać przez link https://pay.northpeak.example/i/NPL-26-01208 lub przelewem na rachunek wskazany na fakturze, z numerem faktury w tytule przelewu. Jeżeli płatność została już zlecona, prosimy o przesłanie potwierdzenia.

Z poważaniem

Dział Rozliczeń
Northpeak Licencje Sp. z o.o. · NIP 525-000-00-00
""",
  [], "Template reminder; account only referred to on the invoice; tax ID (NIP) is not sensitive.")

D("pl02", "pl",
  "Przedsądowe wezwanie do zapłaty - faktura BW-2026-1108",
  """
Szanowni Państwo,

w związku z brakiem zapłaty za fakturę BW-2026-1108 (sprzątanie biur - luty 2026, 4 674,00 zł brutto), której termin płatności upłynął 15 marca 2026 r., wzywamy do uregulowania należności niezwłocznie po otrzymaniu niniejszej wiadomości.

Płatności można dokonać przez https://pay.brightwell.example/i/BW-2026-1108.

Z poważaniem
Brightwell Serwis Sprzątający Sp. z o.o.
""",
  ["legal_threat"], "One word in the subject: 'przedsądowe' (pre-litigation) demand signals that court action comes next.")

D("pl03", "pl",
  "RE: Prośba o rozłożenie na raty - BW-2026-1115",
  """
Dzień dobry Panie Tomaszu,

dziękuję za wiadomość i przykro mi, że mają Państwo trudniejszy okres. Nie mogę sam zgodzić się na raty, dlatego przekazałem Pana prośbę do naszego działu kredytowego - odezwą się do Pana w ciągu dwóch dni roboczych.

Do tego czasu faktura BW-2026-1115 (3 198,00 zł) pozostaje płatna w pierwotnym terminie, tj. 10 kwietnia 2026 r. Jeśli woli Pan porozmawiać, proszę dzwonić: 22 555 01 87.

Pozdrawiam
Krzysztof Nowak
Brightwell Serwis Sprzątający
""",
  [], "Sympathy and hand-off of the instalment request to a person without agreeing; original due date kept.")

D("pl04", "pl",
  "Dane do przelewu - NPL-26-01219",
  """
Dzień dobry,

zgodnie z prośbą przesyłam dane do przelewu za fakturę NPL-26-01219 (7 995,00 zł):

Odbiorca: Northpeak Licencje Sp. z o.o.
Nr rachunku: %s
Tytuł: NPL-26-01219

Pozdrawiam
Anna Zielińska
Księgowość
""" % NRB_PL,
  ["sensitive_data"], "Types our full 26-digit domestic bank account number (NRB) into the message; no 'IBAN' label, but it is a full bank account number.")

D("pl05", "pl",
  "RE: Reklamacja - mycie okien marzec",
  """
Dzień dobry Pani Ewo,

dziękujemy za zgłoszenie. Po rozmowie z kierownikiem obiektu wystawimy fakturę korygującą na kwotę 615,00 zł. Pozostała część faktury BW-2026-1122 (2 829,00 zł) jest płatna do 20 kwietnia 2026 r.

Z poważaniem
Dział Rozliczeń - Brightwell
""",
  ["refund_or_credit_promise"], "Promises a corrective invoice ('faktura korygująca', the Polish credit note). No admission of fault is stated.")

_pl06_review = date(2026, 3, 2)
_pl06_due = _pl06_review + timedelta(days=30)
_PL_MONTHS_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                  "sierpnia", "września", "października", "listopada", "grudnia"]


def pl_date(d):
    return "%d %s %d r." % (d.day, _PL_MONTHS_GEN[d.month - 1], d.year)


D("pl06", "pl",
  "Rozliczenie true-up NPL-26-01230 - termin płatności",
  """
Dzień dobry Panie Piotrze,

w odpowiedzi na pytanie o termin: zgodnie z § 5 ust. 2 umowy licencyjnej rozliczenie true-up jest płatne w ciągu 30 dni od zakończenia przeglądu licencji. Przegląd zakończyliśmy %s, więc faktura NPL-26-01230 (18 licencji AutoCAD LT, 9 720,00 zł) była płatna %s

Fakturę można opłacić tutaj: https://pay.northpeak.example/i/NPL-26-01230. Jeśli liczba licencji w raporcie budzi wątpliwości, proszę odpisać - umówimy rozmowę z opiekunem klienta.

Pozdrawiamy
Zespół Rozliczeń - Northpeak Licencje Sp. z o.o.
""" % (pl_date(_pl06_review), pl_date(_pl06_due)),
  [], "Restates the agreed true-up payment term and the resulting due date (computed: review date + 30 days); offers a call.")

D("pl07", "pl",
  "Zaległość NPL-26-01199",
  """
Szanowni Państwo,

faktura NPL-26-01199 (5 412,00 zł) za roczną subskrypcję licencji jest przeterminowana od 45 dni. Prosimy o pilną wpłatę przez https://pay.northpeak.example/i/NPL-26-01199 albo o informację, kiedy możemy się jej spodziewać.

Z poważaniem

Dział Windykacji
Northpeak Licencje Sp. z o.o., ul. Prosta 20, 00-850 Warszawa
Sąd Rejonowy dla m.st. Warszawy, XII Wydział Gospodarczy KRS, KRS 0000000000, kapitał zakładowy 50 000 zł
""",
  [], "Firm reminder. 'Dział Windykacji' is our own collections department; the district-court line is the mandatory company-register footer, not a threat.")

D("pl08", "pl",
  "faktura BW-2026-1099 - serio?",
  """
Pani Agnieszko,

serio, szósty raz piszę. Sprzątamy po Państwu codziennie, a Państwo nie potrafią zapłacić marnych 1 845 zł. Żenada. Może powiem Pani prezesowi na zebraniu wspólnoty, jak Pani prowadzi księgowość.

Marek
""",
  ["harassment"], "Contemptuous ('żenada') and a threat to shame her in front of her chairman.")

D("pl09", "pl",
  "Ostatnie przypomnienie - zaległe faktury BW-2026-1071 i BW-2026-1090",
  """
Szanowni Państwo,

mimo wcześniejszych przypomnień faktury BW-2026-1071 i BW-2026-1090 (łącznie 6 396,00 zł) pozostają nieopłacone. Prosimy o pilne uregulowanie należności: https://pay.brightwell.example/a/PL-3317.

Zgodnie z § 9 umowy o świadczenie usług przy zaległości powyżej 60 dni możemy wstrzymać dodatkowe zlecenia (np. mycie okien, pranie wykładzin) do czasu zapłaty. Jeśli coś blokuje płatność, proszę odpisać - oddzwoni do Państwa opiekun klienta.

Z poważaniem
Zespół Należności - Brightwell Serwis Sprzątający Sp. z o.o.
""",
  [], "Final reminder restating a contract clause on holding extra work orders (business consequence); offers a call back.")

D("pl10", "pl",
  "RE: Odnowienie NPL-26-01241 - propozycja",
  """
Dzień dobry Pani Katarzyno,

bardzo dziękujemy za szczerą informację o sytuacji w firmie - doceniamy naszą długoletnią współpracę!

Żeby ułatwić Państwu ten okres, przesunęliśmy termin płatności faktury NPL-26-01241 na 31 maja 2026 r., a przy płatności w tym terminie zastosujemy dodatkowy rabat 5%% (zamiast 14 760,00 zł zapłacą Państwo 14 022,00 zł).

Serdecznie pozdrawiamy
Zespół Northpeak Licencje
""" % (),
  ["discount_offer", "terms_change"], "LLM rewrite that moves the due date to 31 May and adds a 5% discount.")


# ------------------------------------------------------------------ checks

assert abs(en01_total - 16414.56) < 0.005
assert abs(14760 * 0.95 - 14022) < 0.005
assert 6480 - 540 == 5940
assert 2380 - 1250 == 1130
assert 2618 + 476 + 2618 == 5712
assert 2160 + 2160 + 540 == 4860
assert _pl06_due == date(2026, 4, 1)


def main():
    assert len(ITEMS) == 80, len(ITEMS)
    keys = [it["key"] for it in ITEMS]
    assert len(set(keys)) == 80
    rng = random.Random(560056)
    ids = ["bg%03d" % n for n in rng.sample(range(100, 1000), 80)]
    order = list(range(80))
    rng.shuffle(order)
    drafts, labels = [], []
    for new_id, idx in zip(ids, order):
        it = ITEMS[idx]
        drafts.append({"id": new_id, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": new_id, "allowed": not it["violations"],
                       "violations": it["violations"], "note": it["note"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
