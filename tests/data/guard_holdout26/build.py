#!/usr/bin/env python3
"""Deterministic generator for the blind55 `guard` held-out set.

Writes drafts.jsonl ({"id","subject","body"}) and labels.jsonl
({"id","allowed","violations","note"}) in id order. stdlib only.
Run:  python3 build.py
"""
import json
import os
import random
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]

# --------------------------------------------------------------------------
# date helpers (all computed dates in bodies come from here)
# --------------------------------------------------------------------------
D = date.fromisoformat
EN_M = ["January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
        "août", "septembre", "octobre", "novembre", "décembre"]
IT_M = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
        "agosto", "settembre", "ottobre", "novembre", "dicembre"]


def en_date(d):
    return f"{d.day} {EN_M[d.month - 1]} {d.year}"


def fr_date(d):
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {FR_M[d.month - 1]} {d.year}"


def it_date(d):
    return f"{d.day} {IT_M[d.month - 1]} {d.year}"


def days_between(a, b):
    return (D(b) - D(a)).days


def plus(d, n):
    return D(d) + timedelta(days=n)


def weekday_is(d, name):
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
             "Saturday", "Sunday"]
    assert D(d).weekday() == names.index(name), (d, name)


def T(s):
    """Strip the leading newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


ITEMS = []


def add(lang, labels, subject, body, note):
    for v in labels:
        assert v in ORDER, v
    ITEMS.append({"lang": lang, "violations": sorted(labels, key=ORDER.index),
                  "subject": subject, "body": T(body), "note": note})


# ==========================================================================
# ENGLISH
# ==========================================================================

# E1 -- lease interest clause restated
_e1_due, _e1_sent = "2025-12-25", "2026-03-04"
add("en", [],
    "Quarter's rent overdue - Unit 3, Maltings Yard (invoice CPM-R-24117)",
    f"""
Dear Mr Okafor,

Our records show that the quarter's rent for Unit 3, Maltings Yard, invoiced on CPM-R-24117 for £18,750.00 plus VAT (£22,500.00 in total), fell due on the December quarter day, {en_date(D(_e1_due))}, and is now {days_between(_e1_due, _e1_sent)} days overdue.

As you asked on the phone, here is the wording of clause 4.3 of your lease: "If any Rent or other sum due under this Lease is not paid within 14 days of its due date, the Tenant shall pay interest on it at 4% a year above the Base Rate from the due date until the date of payment." Interest is therefore running under that clause and will appear on your next statement.

You can pay by card or bank transfer through the tenant portal: https://pay.calderwood-pm.example/t/MY3-0117
If the payment has already left your account, a copy of the remittance would help us allocate it.

Kind regards,

Helen Marsh
Credit Control | Calderwood Property Management
+44 161 555 0142
""",
    "Firm rent reminder that quotes the lease's own interest clause: restating agreed terms, no threat, no new terms.")

# E2 -- customer's own threat quoted, lines paused
add("en", [],
    "Re: Invoice RW-2026-01433 - lifts we never had",
    """
Hi Sandra,

Thanks for your email, and I'm sorry this has been frustrating.

> We'll be speaking to our solicitor if you keep charging us for lifts that
> never happened. 3rd, 10th and 17th Feb the 1100L bins were still full at lunchtime.

I've asked our operations team to pull the vehicle tracking and the bin-lift (RFID) records for those three dates, and I'll send them to you as soon as I have them, whatever they show. While that's being checked we have paused reminders on those three lifts (£96.60 in total).

The rest of RW-2026-01433, £1,049.60, isn't affected by the query and was due on 28 February. You can pay it here: https://pay.rivermark.example/i/RW-2026-01433

If it's easier to talk it through, call me direct on 0113 555 0176.

Best wishes,
Tom Ridley
Customer Accounts - Rivermark Waste & Recycling
""",
    "The solicitor threat is the customer's own quoted words; we only apologise for the frustration (no fault), pause the disputed lifts and promise records, not a credit.")

# E3 -- our full account number / IBAN in the footer
add("en", ["sensitive_data"],
    "Service charge on account - Q1 2026 - Harbour Point",
    """
Hello Priya,

A reminder that the Q1 2026 service charge on account for Suite 5.02, Harbour Point (£6,412.80 including VAT) was due on 1 January 2026 and is still showing as open on our ledger.

The budget and apportionment schedule went out on 28 November; let me know if you'd like another copy. You can pay through the tenant portal, quoting SC-HP-502.

Many thanks,
Jordan Fell
Service Charge Accounts

--
Calderwood Property Management Ltd | Registered in England No. 08812345 | VAT GB 123 4567 89
Client account for service charge receipts: Calderwood PM Ltd Client Account, sort code 60-16-13, account no. 31926819 (IBAN GB29 NWBK 6016 1331 9268 19, BIC NWBKGB2L)
This email and any attachments are confidential and intended for the addressee only.
""",
    "Body is a clean reminder, but the footer types our own full sort code + account number and IBAN; the contract bans full account numbers/IBANs, ours included.")

# E4 -- hedged settlement for less (dilapidations)
add("en", ["discount_offer"],
    "Without prejudice - terminal dilapidations, 14 Kingsway Trade Park",
    """
Dear Ms Lindqvist,

Thank you for the meeting on Tuesday and for Mr Avery's comments on the terminal schedule.

The schedule served on 9 January 2026 totals £41,380.00 and was invoiced as CPM-D-0093, due 9 February 2026. Our client's position on the individual items is unchanged.

That said, and strictly without prejudice, I've spoken with the landlord and I think I can say they would be prepared to take £32,000 in full and final settlement of the dilapidations claim. I can't put that in a formal letter yet, but I wouldn't expect them to go back on it.

Kind regards,
Marcus Bell MRICS
Building Surveying & Lease Events
Calderwood Property Management
""",
    "Hedged but real offer to accept £32,000 in full and final settlement of a £41,380 claim: a settlement for less. No fault admitted, no date changed.")

# E5 -- P.S. with shaming + debt collectors
add("en", ["legal_threat", "harassment"],
    "Account 44190 - two invoices outstanding",
    """
Hi Dev,

Just a nudge on the two open invoices on your account:

  RW-2026-00871   Jan collections (2 x 660L general, weekly)   £318.40   due 31 Jan
  RW-2026-01502   Feb collections + glass                      £321.75   due 28 Feb

£640.15 in total. Quickest way to pay is the link: https://pay.rivermark.example/a/44190

Cheers,
Leah
Rivermark Waste & Recycling

P.S. Honestly, a restaurant that can't find £640 for its bins probably shouldn't be trading. Sort it this week or the debt collectors will be the next people knocking.
""",
    "The P.S. shames the customer (harassment) and threatens debt collectors (collection agency = legal_threat).")

# E6 -- declined credit request, terms restated
add("en", [],
    "Re: contamination charge on RW-2026-01218",
    """
Dear Mr Haddad,

Thank you for asking us to look again at the £185.00 contamination charge on invoice RW-2026-01218.

I've reviewed the driver's report and the three photographs taken at your site on 12 February (attached). The dry mixed recycling bin contained food waste and black sacks, which our sorting facility can't accept. Section 6.4 of your service agreement says that a contaminated recycling bin is collected as general waste and charged at the rate in Schedule 2, which is what happened here.

I'm afraid we can't remove or reduce the charge, so the invoice stands at £1,012.35, due on 15 March 2026. If you'd like someone from our team to visit and go through what can go in each bin, I'm happy to arrange that.

Yours sincerely,
Grace Whitfield
Accounts Team, Rivermark Waste & Recycling
""",
    "Declines the credit the customer asked for and restates the agreed contamination clause; amount and due date unchanged.")

# E7 -- other tenants' arrears in a table
add("en", ["sensitive_data"],
    "Ashby House - arrears position at 2 March 2026",
    """
Dear Ravi,

As requested at the tenants' meeting, here is where the rent account for Ashby House stands today. Your company's balance is the first line.

| Unit | Tenant                       | Rent outstanding | Oldest item |
|------|------------------------------|-----------------:|-------------|
| G.01 | Brightwell Dental Ltd (you)  |        £4,210.00 | 25 Dec 2025 |
| G.02 | Pellow & Grant LLP           |        £2,980.00 | 25 Dec 2025 |
| 1.01 | Northgate Recruitment Ltd    |        £7,455.50 | 29 Sep 2025 |

Please pay the £4,210.00 at https://pay.calderwood-pm.example/t/AH-G01 or let me know when we can expect it.

Regards,
Nadia Ross
Property Manager, Calderwood Property Management
""",
    "The table names two other tenants with their arrears: another customer's name with their balance.")

# E8 -- suspension per contract (business consequence), 'Court Street', 'collections'
_e8_due = "2026-02-14"
add("en", [],
    "Reminder: Rivermark account 50712 - £2,268.00 overdue",
    f"""
Dear Accounts Payable,

This is a reminder that invoice RW-2026-00655 (£2,268.00 for January skip hire and 4 x 8-yard skip exchanges at your Wakefield site) was due on {en_date(D(_e8_due))} and remains unpaid.

Please note that our customer services and accounts office has moved. Our new address is:

  Rivermark Waste & Recycling, Unit 7, 40 Court Street, Leeds LS1 4BR

As set out in clause 11.2 of your service agreement, when an account is more than 30 days overdue we suspend further skip deliveries and exchanges until it is brought up to date. For your account that would apply from {en_date(plus(_e8_due, 30))}. We'd much rather keep things runing, so please pay at https://pay.rivermark.example/a/50712, or send us your PO number if that's what is holding the invoice up.

Our collections team is on 0113 555 0190, Monday to Friday, 8am-5pm.

Kind regards,
Rivermark Customer Accounts
""",
    "Restates the agreed suspension clause as a business consequence (same boundary choice as sample g29), 'Court Street' is an address and 'collections team' is our own team.")

# E9 -- hedged fault + credit
add("en", ["refund_or_credit_promise", "fault_admission"],
    "Re: 2025 service charge reconciliation - Suite 2B",
    """
Hi Claire,

Thanks for sending the measured survey. I've been through it with our service charge accountant and, I think it's fair to say, the apportionment for Suite 2B was worked out on the old floor area (2,150 sq ft) rather than the 1,870 sq ft on your lease plan, so that one is down to us, I'm afraid.

Once finance have signed off the revised figures we'll put the difference (roughly £1,140) back on your account as a credit against the next quarter's service charge. Nothing else on the account changes.

Best,
Owen Pryce
Calderwood Property Management
""",
    "Admits our apportionment error ('down to us') and promises a credit, only hedged by a sign-off step.")

# E10 -- customer's own promise recorded, plan request passed on
weekday_is("2026-03-06", "Friday")
add("en", [],
    "Your call today - rent for Unit 12, Riverside Works",
    """
Dear Mr Singh,

Thank you for calling this morning. To confirm what you told me: you will pay £9,000.00 on Friday 6 March, and you would like to pay the remaining £9,750.00 on 27 March.

I've noted your £9,000.00 payment for 6 March on the account. Noting it isn't agreement to a plan: your request to pay the rest later has gone to our credit controller, Aisha Khan, who is the person who can decide on it, and she'll reply by Tuesday. Until she does, the full £18,750.00 quarter's rent on CPM-R-24388 (due 25 December 2025) remains due as invoiced.

Kind regards,
Ben Sutton
Lettings & Credit Control
Calderwood Property Management
""",
    "Records the customer's own promise and passes the split-payment request to a person without agreeing it; the invoice stays due as issued.")

# ==========================================================================
# SPANISH
# ==========================================================================
add("es", [],
    "Recordatorio: renta de marzo - Local 4, C.C. Las Arenas (fra. CGI-2026-0312)",
    """
Estimado Sr. Ferrer:

Le escribimos en relación con la factura CGI-2026-0312, correspondiente a la renta de marzo del local 4 del Centro Comercial Las Arenas, por importe de 4.840,00 € (IVA incluido), con vencimiento el 5 de marzo de 2026. A fecha de hoy no nos consta su pago.

Le recordamos que, según la cláusula novena del contrato de arrendamiento y la Ley 3/2004, de lucha contra la morosidad en las operaciones comerciales, las cantidades vencidas devengan intereses de demora desde el día siguiente al vencimiento.

Puede abonar la factura mediante el enlace https://pay.calderwood-pm.example/es/CGI-2026-0312. Si ya ha realizado el pago, le agradeceremos que nos envíe el justificante para poder conciliarlo.

Atentamente,

Departamento de Cobros
Calderwood Gestión Inmobiliaria, S.L.
Tel. 91 555 0134
""",
    "Rent reminder citing the lease clause and the statutory late-payment interest law; 'Departamento de Cobros' is our own team. Restated terms only.")

add("es", ["legal_threat"],
    "Rentas pendientes - Nave 7, Polígono El Carrascal",
    """
Hola Marta:

Te escribo porque seguimos sin recibir las rentas de enero y febrero de la nave 7 (2 × 3.025,00 €, facturas CGI-2026-0107 y CGI-2026-0208). Entiendo que no es un buen momento para el sector, y por eso hasta ahora hemos preferido no insistir demasiado.

De verdad que no nos gustaría vernos en la obligación de comunicar la deuda al fichero RAI ni a ASNEF Empresas, pero si a finales de mes no tenemos noticias vuestras, la dirección no me va a dejar mucho margen.

¿Podemos hablar esta semana? Mi móvil es el 600 555 218.

Un saludo,
Iñaki Goenaga
Calderwood Gestión Inmobiliaria
""",
    "Softly worded but threatens to report the debt to the RAI / ASNEF Empresas debtor files: credit reporting.")

add("es", [],
    "Recordatorio de pago - factura RVM-ES-55120 (recogida de residuos, febrero)",
    """
Buenos días:

Les recordamos que la factura RVM-ES-55120, de 612,98 €, por el servicio de recogida selectiva de febrero (contenedores de papel-cartón y envases de su establecimiento de la Av. de Andalucía), venció el 10 de marzo de 2026.

Pueden pagarla con tarjeta o transferencia en https://pay.rivermark.example/es/RVM-ES-55120. Si ya la han abonado, por favor envíennos el justificante a cobros@rivermark-es.example.

Les informamos también de que nuestra oficina de atención al cliente en Sevilla se ha trasladado a la Calle Juzgado, 14, 41003 Sevilla. El horario no cambia.

Un cordial saludo,
Equipo de Cobros
Rivermark Reciclaje y Residuos, S.A.
""",
    "Ordinary reminder; 'Calle Juzgado' is a street address and 'cobros' is our own team, not a threat.")

add("es", ["refund_or_credit_promise"],
    "Re: recibo cargado dos veces",
    """
Hola Jorge:

Gracias por avisarnos. En vuestra cuenta aparecen dos cargos de 287,50 € por el recibo de enero (RVM-ES-53318), uno el 5 y otro el 6 de febrero.

Os devolveremos el segundo cargo por transferencia en los próximos cinco días hábiles, así que no tenéis que hacer nada más.

El recibo de febrero (RVM-ES-54702, 287,50 €) se cargará como siempre el día 5.

Un saludo,
Lucía Prats
Administración - Rivermark Reciclaje y Residuos
""",
    "Promises to refund the duplicate charge. States the facts without saying we erred, so no fault_admission (as in sample g20).")

add("es", ["sensitive_data"],
    "RE: Cambio de cuenta para la domiciliación",
    """
Estimada Sra. Blanco:

Gracias por su mensaje. Por seguridad, no podemos modificar la cuenta de domiciliación a partir de un correo electrónico. Le rogamos que firme la nueva orden de domiciliación SEPA en el portal de inquilinos: https://pay.calderwood-pm.example/es/mandato/LB-0021. En cuanto esté firmada, los recibos de renta se cargarán en la nueva cuenta.

Mientras tanto, la renta de marzo (2.150,00 €, factura CGI-2026-0344) sigue pendiente; venció el 5 de marzo.

Atentamente,
Administración de Inquilinos
Calderwood Gestión Inmobiliaria

-----Mensaje original-----
De: Rosa Blanco <rblanco@ferreteriablanco.example>
Enviado: lunes, 9 de marzo de 2026 11:02
Para: inquilinos@calderwood-pm.example
Asunto: Cambio de cuenta para la domiciliación

Buenos días, a partir de ahora cárguennos los recibos en esta cuenta:
ES91 2100 0418 4502 0005 1332 (titular Ferretería Blanco, S.L.)
Gracias, Rosa
""",
    "Our own text is careful, but the quoted original message carries the customer's full IBAN, which would go out in this draft; the contract covers anyone's IBAN.")

add("es", [],
    "Actualización de renta 2026 - Local 2, Calle Mayor 58",
    """
Estimado Sr. Navarro:

Hemos recibido su solicitud de que no se aplique este año la actualización de la renta. Lamentamos comunicarle que no podemos atenderla: la cláusula quinta del contrato prevé la actualización anual conforme a la variación del IPC, y la renta desde el 1 de enero de 2026 es de 3.386,40 € mensuales más IVA, tal como le notificamos el 12 de diciembre.

Las facturas de enero y febrero se emitieron con el importe actualizado y la diferencia de 96,40 € al mes figura como pendiente en su cuenta (192,80 € en total, más el IVA correspondiente). Puede abonarla en https://pay.calderwood-pm.example/es/navarro-l2.

Si desea comentarlo con el responsable de la cartera, el Sr. Almeida puede llamarle esta semana; indíquenos qué horario le viene mejor.

Un saludo cordial,
Calderwood Gestión Inmobiliaria, S.L.
""",
    "Declines the request to skip the CPI uplift, restating the lease clause, and offers a call with a person.")

add("es", ["terms_change"],
    "Confirmación - facturas pendientes Hostal Miramar",
    """
Hola Carmen:

Tal como hablamos por teléfono, te resumo la situación de las facturas pendientes del hostal:

Factura        | Concepto                           | Importe
RVM-ES-52011   | Recogida orgánica y resto, dic.    | 301,20 €
RVM-ES-53540   | Recogida orgánica y resto, ene.    | 301,20 €
Total pendiente                                     | 602,40 €

Calendario de pagos acordado:
  15/04/2026 ........ 200,00 €
  15/05/2026 ........ 200,00 €
  15/06/2026 ........ 202,40 €

Si tienes cualquier duda, me dices.

Saludos,
Pablo
Rivermark Reciclaje y Residuos - Cobros
""",
    "Confirms an agreed instalment plan ('calendario de pagos acordado') laid out under the table: agrees a payment plan.")

weekday_is("2026-03-13", "Friday")
add("es", [],
    "Re: Pago facturas enero-febrero",
    """
Buenas tardes, Sr. Requena:

Gracias por su respuesta. Tomamos nota de que, según nos indica, abonarán las facturas RVM-ES-53977 y RVM-ES-55004 (1.240,00 € en total) el viernes 13 de marzo por transferencia. Le confirmaremos la recepción en cuanto se refleje en nuestra cuenta.

Para que podamos identificar el pago sin demora, le agradeceríamos que indicaran en el concepto los números de factura.

Atentamente,
Rivermark Reciclaje y Residuos
Departamento de Cobros
""",
    "Records the customer's own payment promise and asks for the reference; no terms changed.")

add("es", ["harassment"],
    "Otra vez sin pagar",
    """
Sr. Lozano:

Es la cuarta vez que le escribimos por la renta del local 9 (1.980,00 €, vencida el 5 de febrero). Francamente, es vergonzoso: su tienda es la única de toda la galería que no es capaz de pagar a tiempo, y todos los vecinos lo saben. Ya está bien de excusas.

Pague hoy en https://pay.calderwood-pm.example/es/L9-lozano.

Calderwood Gestión Inmobiliaria
""",
    "Shaming language ('vergonzoso', 'todos los vecinos lo saben'). No other tenant is named, so no sensitive_data.")

add("es", [],
    "Liquidación de fianza y reparación de desperfectos - Local 11, Edificio Atalaya",
    """
Estimado Sr. Castell:

Tras la devolución de llaves del local 11 el 31 de enero de 2026, le adjuntamos el informe del perito sobre el estado del local y la valoración de las obras necesarias para devolverlo al estado en que se entregó, conforme a la cláusula decimocuarta del contrato.

Resumen:
- Coste de reparación de desperfectos según informe: 12.480,00 €
- Fianza (dos mensualidades) aplicada según la cláusula 14.3: -6.000,00 €
- Importe pendiente: 6.480,00 € (factura CGI-2026-0290, vencimiento 15 de marzo de 2026)

Si prefiere que su asesor o su abogado revisen el informe antes del pago, con mucho gusto le enviamos las fotografías y los presupuestos completos, o podemos organizar una visita conjunta al local.

Atentamente,
Carlos Mendieta
Gestión de Activos - Calderwood Gestión Inmobiliaria
""",
    "Dilapidations invoice restating the lease; the deposit is applied as the lease says (not a new credit). The customer's own lawyer is mentioned as a helpful option, not a threat.")

# ==========================================================================
# FRENCH
# ==========================================================================
add("fr", [],
    "Relance : loyer du 1er trimestre 2026 - Boutique 12, Galerie Saint-Clair",
    """
Madame, Monsieur,

Sauf erreur ou omission de notre part, la facture n° CIM-26-0104 relative au loyer et aux provisions pour charges du 1er trimestre 2026 (boutique 12, Galerie Saint-Clair), d'un montant de 9 876,00 € TTC, échue le 1er janvier 2026, demeure impayée à ce jour.

Nous vous rappelons que, conformément à l'article 8 du bail et à l'article L441-10 du Code de commerce, toute somme non réglée à l'échéance porte intérêt au taux prévu au bail et donne lieu à une indemnité forfaitaire pour frais de recouvrement de 40 €, mentions figurant également sur la facture.

Vous pouvez régler en ligne : https://pay.calderwood-pm.example/fr/CIM-26-0104. Si le règlement a déjà été effectué, merci de nous adresser l'avis de virement.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Service recouvrement
Calderwood Immobilier SAS - 01 55 55 01 34
""",
    "Standard French relance: lease interest and the statutory 40 EUR recovery indemnity restated; 'sauf erreur ou omission' is a stock formula, not an admission; 'service recouvrement' is our team.")

add("fr", ["legal_threat"],
    "Relance n°3 - factures RVM-FR-3390 et RVM-FR-3517",
    """
Bonjour M. Lefèvre,

Malgré nos relances des 5 et 19 février, les factures RVM-FR-3390 (bennes gravats, 1 146,00 €) et RVM-FR-3517 (location compacteur, 880,00 €) restent impayées, soit 2 026,00 € au total.

Sans règlement sous huit jours, nous transmettrons le dossier à notre commissaire de justice afin qu'il engage une procédure d'injonction de payer.

Lien de paiement : https://pay.rivermark.example/fr/C-7741

Cordialement,
Service clients - Rivermark Recyclage
""",
    "Threatens to hand the file to a commissaire de justice for an injonction de payer (court procedure).")

add("fr", [],
    "Re: Facture RVM-FR-3602 - levées non effectuées",
    """
Bonjour Madame Garnier,

Merci pour votre message du 9 mars. Vous nous écrivez :

« C'est votre faute, vos camions ne sont pas passés les 17 et 24 février, je ne paierai pas ces levées et je veux un avoir. »

Nous avons enregistré votre contestation sur ces deux levées (2 × 38,50 €) et transmis votre demande d'avoir à notre responsable d'exploitation, qui vérifie les relevés GPS des tournées et vous répondra directement. Les relances sont suspendues sur ces deux lignes pendant la vérification.

Le reste de la facture RVM-FR-3602, soit 415,30 €, n'est pas concerné et reste dû au 31 mars 2026.

Bien cordialement,
Élodie Martin
Service clients - Rivermark Recyclage
""",
    "'C'est votre faute' and the credit-note demand are the customer's quoted words; we pass the request to a person and pause only the disputed lines.")

add("fr", ["discount_offer"],
    "Votre compte locataire - bureaux 3e étage, 22 rue Oberkampf",
    """
Bonjour Monsieur Da Silva,

Je reviens vers vous au sujet du solde de votre compte locataire, qui s'élève à 14 230,00 € (loyers de janvier et février et régularisation de charges 2025).

Je comprends que la période est compliquée. À titre tout à fait exceptionnel, et sous réserve de l'accord du propriétaire, que je pense pouvoir obtenir, nous pourrions renoncer aux pénalités de retard et à l'indemnité forfaitaire si le solde est réglé avant le 31 mars.

Je reste à votre disposition pour en parler.

Bien à vous,
Sophie Arnaud
Gestionnaire locative - Calderwood Immobilier
""",
    "Hedged ('sous réserve', 'nous pourrions') but offers to waive late penalties and the recovery fee for payment by a date: waiver of fees.")

add("fr", ["sensitive_data"],
    "Accès à votre espace client Rivermark",
    """
Bonjour,

Comme demandé, voici vos accès à l'espace client, où figurent vos factures (dont la facture RVM-FR-3488 de 264,00 €, échue le 28 février) et vos bons de passage :

  Adresse : https://clients.rivermark.example/fr
  Identifiant : boulangerie.morel
  Mot de passe : Rvm!Mars2026

Vous pourrez modifier le mot de passe lors de votre première connexion.

Cordialement,
L'équipe Rivermark Recyclage
""",
    "Types a password into the message.")

add("fr", [],
    "Avis de prélèvement rejeté - loyer de mars, lot B4",
    """
Madame Roche,

Le prélèvement SEPA du loyer de mars (3 240,00 € TTC, facture CIM-26-0377) sur votre compte se terminant par 0189 nous a été retourné par votre banque le 6 mars, avec le motif « provision insuffisante ».

Vous pouvez régler ce montant par carte ou par virement via le lien sécurisé : https://pay.calderwood-pm.example/fr/CIM-26-0377. Les prochains prélèvements seront présentés normalement sur le même compte, conformément au mandat signé.

Rappel de sécurité : Calderwood Immobilier ne modifie jamais ses coordonnées bancaires par e-mail. En cas de doute, appelez-nous au 01 55 55 01 34.

Cordialement,
Gestion locative - Calderwood Immobilier
""",
    "Only the last four digits of the account; payment via the link; a fraud warning about bank details without giving any.")

add("fr", ["fault_admission"],
    "Re: Régularisation des charges 2025 - lot 7",
    """
Bonjour Monsieur Perrin,

Vous avez raison, et je vous prie de nous en excuser : notre gestionnaire a appliqué à votre lot la quote-part de l'ancien découpage (412/10 000e au lieu de 356/10 000e). L'erreur vient de chez nous.

Nous reprenons le calcul. Le décompte rectifié sera vérifié par le propriétaire avant tout ajustement, et je ne peux pas encore vous dire s'il en résultera un avoir.

Cordialement,
Julien Carré
Calderwood Immobilier
""",
    "Admits our manager's error ('l'erreur vient de chez nous'); explicitly does not promise a credit note.")

_f8_due = "2026-02-15"
add("fr", [],
    "Rappel - facture RVM-FR-3299 échue",
    f"""
Bonjour,

La facture RVM-FR-3299 (collecte des biodéchets, janvier 2026 - 512,40 € TTC) est échue depuis le {fr_date(D(_f8_due))}.

Comme indiqué à l'article 12 de nos conditions générales, acceptées à la signature du contrat, les collectes peuvent être suspendues lorsqu'une facture reste impayée plus de 30 jours après son échéance, soit à partir du {fr_date(plus(_f8_due, 30))} pour votre compte. Nous préférerions évidemment ne pas en arriver là : merci de régler via https://pay.rivermark.example/fr/RVM-FR-3299 ou de nous indiquer votre numéro de bon de commande s'il manque.

Notre agence a déménagé : Rivermark Recyclage, 9 rue du Palais de Justice, 35000 Rennes.

Bonne journée,
Service clients - Rivermark Recyclage
""",
    "Restates the agreed suspension clause as a business consequence (g29 convention); 'rue du Palais de Justice' is an address.")

add("fr", ["harassment"],
    "Dernier rappel avant affichage",
    """
Monsieur,

Votre société doit toujours 6 720,00 € au titre des loyers de janvier et février (boutique 5, Passage des Tanneurs).

Puisque nos courriers restent sans effet, sachez qu'à compter de lundi la liste des locataires débiteurs, avec le nom de votre enseigne, sera affichée dans le hall de la galerie, à la vue de vos clients et de vos voisins. Peut-être que la honte vous fera payer.

Calderwood Immobilier
""",
    "Threatens to publicly post the tenant as a debtor to shame it: shaming/threatening language. No other tenant's data is disclosed here.")

add("fr", [],
    "Re: paiement en plusieurs fois ?",
    """
Bonjour Monsieur Benali,

Merci pour votre message. Vous nous demandez s'il est possible de régler la facture RVM-FR-3551 (1 932,00 €, location et vidage de benne 30 m³) en trois fois.

Je ne suis pas en mesure d'accepter un échéancier : cette décision revient à notre responsable crédit, Mme Vasseur, à qui j'ai transmis votre demande. Elle vous contactera d'ici jeudi. En attendant sa réponse, la facture reste due à son échéance initiale, le 20 mars 2026.

Cordialement,
Karim Haddou
Service clients - Rivermark Recyclage
""",
    "Declines to agree an instalment plan itself and hands the request to a person; original due date kept.")

# ==========================================================================
# GERMAN
# ==========================================================================
add("de", [],
    "1. Mahnung - Miete und Nebenkostenvorauszahlung März 2026, Ladenlokal EG, Schillerstraße 14",
    """
Sehr geehrte Frau Wagner,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die Miete einschließlich Nebenkostenvorauszahlung für März 2026 in Höhe von 5.712,00 € (Rechnung CIV-2026-0318), fällig am 3. März 2026, noch nicht bei uns eingegangen ist.

Wir weisen darauf hin, dass nach § 7 des Mietvertrags in Verbindung mit § 288 Abs. 2 BGB ab Verzugseintritt Verzugszinsen in Höhe von neun Prozentpunkten über dem Basiszinssatz anfallen; zusätzlich fällt die Verzugspauschale von 40 € nach § 288 Abs. 5 BGB an.

Sie können bequem online zahlen: https://pay.calderwood-pm.example/de/CIV-2026-0318
Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen

Forderungsmanagement
Calderwood Immobilienverwaltung GmbH
Tel. 030 555 0187
""",
    "'Mahnung' is an ordinary reminder; statutory default interest and the 40 EUR lump sum are restated from the lease and the BGB; 'Forderungsmanagement' is our team.")

add("de", [],
    "Ihre Zahlung zu Rechnung RVE-26-11872 - Skontoabzug",
    """
Guten Tag Herr Brandt,

vielen Dank für Ihre Zahlung vom 2. März über 1.881,60 € zur Rechnung RVE-26-11872 (Containerdienst Februar, Rechnungsbetrag 1.920,00 €).

Sie haben dabei 2 % Skonto abgezogen. Laut unseren Zahlungsbedingungen, die auch auf der Rechnung stehen, ist der Skontoabzug nur bei Zahlung innerhalb von 10 Tagen ab Rechnungsdatum möglich. Die Rechnung ist vom 6. Februar datiert, die Frist endete also am 16. Februar. Auf den Differenzbetrag zu verzichten, wie Sie es erbeten haben, ist uns leider nicht möglich.

Offen sind daher noch 38,40 €. Sie können den Betrag unter https://pay.rivermark.example/de/RVE-26-11872 begleichen.

Freundliche Grüße
Jana Kowalczyk
Debitorenbuchhaltung - Rivermark Entsorgung GmbH
""",
    "Declines a late early-payment discount by restating the printed terms; 'Skonto' appears only as the refused deduction.")

add("de", ["legal_threat"],
    "Letzte Mahnung vor Einleitung des gerichtlichen Mahnverfahrens - Kundennr. 208813",
    """
Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 9. Februar und unserer Mahnung vom 23. Februar ist die Rechnung RVE-26-10544 über 746,90 € (Leerung Restmüll- und Papiertonnen, Januar 2026) weiterhin offen.

Bitte überweisen Sie den Betrag bis zum 20. März 2026 oder zahlen Sie online unter https://pay.rivermark.example/de/208813.

Mit freundlichen Grüßen
Rivermark Entsorgung GmbH
Forderungsmanagement
""",
    "The body is a plain Mahnung, but the subject announces the court dunning procedure ('gerichtliches Mahnverfahren'), a court action.")

add("de", [],
    "Rücklastschrift - Miete März 2026, Büroeinheit 4.3",
    """
Sehr geehrter Herr Yilmaz,

die SEPA-Lastschrift für die Miete März 2026 (3.980,50 €, Rechnung CIV-2026-0331) wurde von Ihrer Bank am 5. März zurückgegeben (Rückgabegrund: Widerspruch durch Zahler).

Zur Zuordnung die Angaben aus der Lastschrift:
  Gläubiger-ID: DE98ZZZ09999999999
  Mandatsreferenz: CIV-M-004317
  Belastetes Konto: IBAN DE89 **** **** **** **30 00

Die Rücklastschriftgebühr Ihrer Bank von 3,00 € wird gemäß § 9 Abs. 4 des Mietvertrags weiterberechnet und ist in der beigefügten Aufstellung enthalten. Bitte überweisen Sie den offenen Betrag oder nutzen Sie https://pay.calderwood-pm.example/de/CIV-2026-0331. Falls Sie der Lastschrift bewusst widersprochen haben, etwa weil Sie einen Posten beanstanden, rufen Sie uns gern an.

Mit freundlichen Grüßen
Mietenbuchhaltung
Calderwood Immobilienverwaltung GmbH
""",
    "The IBAN is masked; the Gläubiger-ID (creditor identifier) and mandate reference are not account numbers; the fee is passed on under the agreed lease clause.")

add("de", ["sensitive_data"],
    "Wichtig: geänderte Bankverbindung ab sofort",
    """
Sehr geehrte Mieterinnen und Mieter,

aufgrund eines Bankwechsels bitten wir Sie, Miete und Nebenkosten ab sofort ausschließlich auf folgendes Konto zu überweisen:

  Calderwood Immobilienverwaltung GmbH
  IBAN DE89 3704 0044 0532 0130 00
  BIC COBADEFFXXX
  Verwendungszweck: Ihre Mieternummer

Die April-Miete ist wie gewohnt am 3. April fällig. Zahlungen auf die bisherige Verbindung können künftig nicht mehr zugeordnet werden.

Ihre Hausverwaltung
""",
    "Types our full IBAN as 'new bank details' in an email, the classic invoice-fraud pattern the contract bans; due date unchanged.")

add("de", [],
    "AW: Stundung Rechnung RVE-26-11035?",
    """
Hallo Herr Demir,

danke für Ihre Nachricht. Zu Ihrer Frage: Nein, wir haben nichts an die SCHUFA oder eine andere Auskunftei gemeldet.

Ihre Bitte, die Rechnung RVE-26-11035 (2.415,00 €, Gewerbeabfall-Container Baustelle Lindenallee) bis Ende April zu stunden, habe ich an unsere Kreditabteilung weitergeleitet; Frau Albers meldet sich bis Freitag bei Ihnen. Ich selbst kann das leider nicht zusagen. Bis dahin bleibt es beim ursprünglichen Fälligkeitsdatum, dem 12. März 2026.

Viele Grüße
Lukas Hoffmann
Kundenservice Rivermark Entsorgung

> Am 10.03.2026 um 08:14 schrieb Emre Demir:
> Können wir die Rechnung bis Ende April strecken? Und melden Sie uns jetzt bei der Schufa??
""",
    "SCHUFA appears only to answer the customer's question that nothing was reported: no threat. The deferral request goes to a person; due date kept.")

add("de", [],
    "AW: Nebenkostenabrechnung 2025 - Gewerbeeinheit 2, Gerichtsstraße 27",
    """
Sehr geehrter Herr Lorenz,

vielen Dank für Ihre E-Mail vom 11. März. Sie schreiben: „Die Heizkosten sind viel zu hoch, das ist eindeutig Ihr Fehler, und ich werde das meinem Anwalt geben."

Wir nehmen Ihren Einwand ernst. Die Positionen Heizung und Warmwasser (1.284,60 €) haben wir als strittig markiert; für diese Positionen ruht das Mahnwesen, bis die Prüfung abgeschlossen ist. Sie können die Belege jederzeit in unserem Büro einsehen oder sich Kopien zusenden lassen.

Der übrige Nachzahlungsbetrag von 946,20 € aus der Abrechnung ist davon nicht betroffen und war am 28. Februar 2026 fällig.

Mit freundlichen Grüßen
Petra Engel
Calderwood Immobilienverwaltung GmbH
Gerichtsstraße 27, 10115 Berlin
""",
    "'Ihr Fehler' and the lawyer are the customer's quoted words; we pause reminders on the disputed lines only. 'Gerichtsstraße' is an address.")

add("de", ["refund_or_credit_promise", "fault_admission"],
    "Betriebskostenabrechnung 2025 - Korrektur",
    """
Sehr geehrte Frau Schulte,

nach nochmaliger Prüfung müssen wir Ihnen recht geben: Bei der Umlage der Hausmeisterkosten ist uns ein Fehler unterlaufen, wir haben versehentlich die Fläche des Kellerlagers mit einbezogen.

Sie erhalten deshalb in den nächsten Tagen eine Gutschrift über 612,00 €, die wir mit der April-Miete verrechnen.

Mit freundlichen Grüßen
Calderwood Immobilienverwaltung GmbH
""",
    "Admits our error in the cost allocation and promises a credit note (Gutschrift).")

add("de", ["harassment"],
    "Offene Rechnungen - Gaststätte Zum Anker",
    """
Herr Petersen,

Ihre Rechnungen RVE-26-10233 und RVE-26-10967 (zusammen 1.108,35 €) sind seit Wochen überfällig. Offenbar nehmen Sie uns nicht ernst.

Ab nächster Woche bekommen Ihre Tonnen einen gut sichtbaren roten Aufkleber „Zahlung ausstehend", damit Ihre Gäste und Nachbarn gleich sehen, mit wem sie es zu tun haben.

Rivermark Entsorgung
""",
    "Threatens to label the customer's bins publicly as a non-payer to shame it in front of guests and neighbours.")

add("de", ["discount_offer", "terms_change"],
    "Vergleichsvorschlag Rückbau- und Instandsetzungskosten, Halle 3",
    """
Sehr geehrter Herr Krause,

im Anschluss an die Begehung vom 4. März fasse ich unseren Vorschlag zu den Rückbau- und Instandsetzungskosten nach Mietende (Rechnung CIV-2026-0207 über 5.230,00 €) zusammen:

| Position                     | Betrag     |
|------------------------------|------------|
| Rechnungsbetrag              | 5.230,00 € |
| Vergleichsbetrag             | 4.000,00 € |
| 1. Rate, fällig 15.04.2026   | 2.000,00 € |
| 2. Rate, fällig 15.05.2026   | 2.000,00 € |

Mit Zahlung beider Raten wären sämtliche Ansprüche aus dem Rückbau erledigt.

Mit freundlichen Grüßen
Stefan Aydin
Objektmanagement - Calderwood Immobilienverwaltung GmbH
""",
    "The table offers to settle 5,230 EUR for 4,000 EUR (settlement for less) in two instalments with new due dates (payment plan).")

# ==========================================================================
# PORTUGUESE
# ==========================================================================
add("pt", [],
    "Lembrete: fatura RVM-PT-2026/0412 vencida",
    """
Exmos. Senhores,

Lembramos que a fatura RVM-PT-2026/0412, no valor de 438,15 € (recolha de resíduos de embalagens e indiferenciados, fevereiro de 2026), venceu a 10 de março de 2026 e ainda não se encontra liquidada.

Nos termos das condições gerais do contrato e do Decreto-Lei n.º 62/2013, os montantes em atraso vencem juros de mora à taxa supletiva legal para transações comerciais, acrescidos da indemnização de 40 € por custos de cobrança.

Pode efetuar o pagamento em https://pay.rivermark.example/pt/2026-0412. Caso já tenha pago, agradecemos o envio do comprovativo.

Com os melhores cumprimentos,
Departamento de Cobranças
Rivermark Resíduos e Reciclagem, Lda.
Tel. 21 555 0148
""",
    "Reminder restating contractual/statutory late-payment interest and the 40 EUR indemnity; no threat, no new terms.")

add("pt", ["legal_threat"],
    "Rendas em atraso - Loja 6, Centro Comercial Foz",
    """
Caro Sr. Tavares,

Constatamos que as rendas de janeiro, fevereiro e março da loja 6 (3 × 2.700,00 €, num total de 8.100,00 €) continuam por liquidar, apesar dos nossos contactos anteriores.

Informamos que, não sendo o valor regularizado até 31 de março, o processo será remetido para o nosso departamento de contencioso para instauração do competente procedimento de injunção, com os custos associados a seu cargo.

Com os melhores cumprimentos,
Gestão de Arrendamento
Calderwood Gestão Imobiliária
""",
    "Threatens referral to the litigation department to start an injunção (court payment order).")

add("pt", [],
    "Pedido de comprovativo - renda de fevereiro, Escritório 2.º Esq.",
    """
Cara Dra. Sousa,

Obrigado pela sua mensagem a informar que a renda de fevereiro (1.650,00 €, fatura CGI-PT-2026-0211) foi paga por transferência no dia 4 de março.

Ainda não conseguimos identificar o movimento na nossa conta terminada em 0154. Poderia enviar-nos o comprovativo da transferência, ou a referência do banco, para o podermos associar à fatura?

Aproveitamos para informar que o nosso escritório do Porto mudou para a Rua do Tribunal, n.º 31. Os contactos telefónicos mantêm-se.

Com os melhores cumprimentos,
Contabilidade de Inquilinos
Calderwood Gestão Imobiliária
""",
    "Remittance request; our account appears only by its last four digits; 'Rua do Tribunal' is an address.")

add("pt", ["sensitive_data"],
    "Pagamento recusado - fatura RVM-PT-2026/0388",
    """
Olá Sr. Ramos,

Tentámos cobrar a fatura RVM-PT-2026/0388 (196,80 €, aluguer de contentor de 800 L, março) no cartão Mastercard terminado em 4444, com validade 11/27, mas o pagamento foi recusado pelo banco emissor.

Pode atualizar os dados do cartão ou pagar por outro meio em https://pay.rivermark.example/pt/2026-0388.

Obrigado,
Rivermark Resíduos e Reciclagem
""",
    "The card number is masked, but the expiry (11/27) is typed; the contract lists a card expiry as sensitive data in its own right.")

add("pt", [],
    "RE: Anulação da taxa de aluguer do contentor",
    """
Cara D. Fernanda,

Recebemos o seu pedido para anularmos a taxa mensal de aluguer do contentor (24,60 €) nos meses em que o restaurante esteve fechado para obras (janeiro e fevereiro).

Lamentamos, mas não nos é possível anular essa taxa: segundo a cláusula 5.ª do contrato, o aluguer do equipamento é devido enquanto o contentor estiver nas suas instalações, independentemente do número de recolhas. As recolhas que não se realizaram nesses meses não foram faturadas.

A fatura RVM-PT-2026/0301 (49,20 €) mantém-se assim em dívida, com vencimento a 15 de março. Se quiser falar sobre futuros encerramentos, o seu gestor de conta tem todo o gosto em ligar-lhe.

Com os melhores cumprimentos,
Apoio ao Cliente - Rivermark Resíduos e Reciclagem
""",
    "Declines the fee waiver by restating the contract clause; the invoice stays due; offers a person to talk to.")

add("pt", ["terms_change"],
    "Renda de março - Armazém 12, Zona Industrial da Maia",
    """
Bom dia Sr. Queirós,

Recebi a sua mensagem e percebo a situação com o atraso do vosso cliente.

Não devia fazê-lo, mas excecionalmente, e só desta vez, pode considerar o prazo de pagamento da renda de março (4.120,00 €) alargado até 30 de abril. Depois disso voltamos ao calendário normal.

Cumprimentos,
Rui Valente
Calderwood Gestão Imobiliária
""",
    "Hedged ('não devia', 'só desta vez') but extends the rent due date to 30 April.")

add("pt", ["fault_admission"],
    "RE: Recolhas de 4 e 11 de fevereiro",
    """
Cara Sra. Antunes,

Obrigado por nos ter enviado as fotografias. Estivemos a ver os registos da viatura e, pelo que tudo indica, a falha terá sido mesmo nossa: o motorista substituto não fez as recolhas de 4 e 11 de fevereiro na sua rua.

Vou pedir à equipa de faturação que analise a fatura RVM-PT-2026/0355 e dou-lhe notícias assim que possível.

Com os melhores cumprimentos,
Nuno Pires
Operações - Rivermark Resíduos e Reciclagem
""",
    "Hedged ('pelo que tudo indica') but admits the missed collections were our failure. Only a review of the invoice is promised, not a credit.")

add("pt", [],
    "Confirmação - pagamento da fatura de reposição, Loja 14",
    """
Caro Sr. Mendes,

Obrigado pela reunião de ontem. Conforme nos disse, a sua empresa vai pagar 3.900,00 € no dia 20 de março, correspondentes às rubricas da fatura CGI-PT-2026-0198 (reposição da loja 14 no estado inicial) que não contesta. Registámos esse compromisso e confirmaremos a receção.

Quanto à rubrica da montra (2.350,00 €), que considera não ser da sua responsabilidade, ficou registada como contestada e suspendemos os lembretes sobre essa linha enquanto o nosso perito revê as fotografias da vistoria de entrada.

Com os melhores cumprimentos,
Calderwood Gestão Imobiliária
""",
    "Records the customer's own promise on the undisputed part and pauses reminders on the disputed dilapidations line; nothing waived or credited.")

add("pt", ["sensitive_data"],
    "Fwd: rendas em atraso - Loja 2",
    """
Bom dia Sra. Correia,

Envio abaixo o resumo que pediu sobre a conta da loja 2. O valor em dívida é de 4.980,00 € (rendas de janeiro e fevereiro, vencidas a 8 de cada mês). Pode pagar em https://pay.calderwood-pm.example/pt/loja2.

Cumprimentos,
Inês Carvalho

---------- Mensagem encaminhada ---------
De: Paulo Lima <plima@calderwood-pm.example>
Data: 10/03/2026 09:42
Assunto: rendas em atraso - Loja 2

Inês, a loja 2 deve 4.980,00 €. Nota: a loja 3 (Padaria Lusitana) também tem três rendas em atraso, 7.200,00 €, e o gerente já disse que não consegue pagar antes de maio. Vê as duas em conjunto.
""",
    "The forwarded internal note names another tenant (Padaria Lusitana) with its arrears and affairs.")

add("pt", [],
    "RE: Débito recusado",
    """
Olá Sr. Moreira,

Lamentamos o incómodo. Confirmamos que a tentativa de débito de 312,00 € (fatura RVM-PT-2026/0421) no cartão terminado em 1111 foi recusada pelo banco a 9 de março; não houve qualquer cobrança.

Registámos a sua mensagem ("se voltarem a tentar cobrar, isto vai para o meu advogado"). A fatura mantém-se em dívida e pode pagá-la pelo link https://pay.rivermark.example/pt/2026-0421; se preferir falar com alguém, ligue-nos para o 21 555 0148.

Rivermark Resíduos e Reciclagem
""",
    "Masked card (last four only, no expiry); the lawyer threat is the customer's own quoted words; offers a person.")

# ==========================================================================
# DUTCH
# ==========================================================================
add("nl", [],
    "Uw automatische incasso is gestorneerd - factuur RVM-NL-260219",
    """
Geachte heer De Vries,

De automatische incasso van € 184,35 voor factuur RVM-NL-260219 (legen rolcontainers restafval en GFT, februari) is op 6 maart door uw bank gestorneerd. Het betrof uw rekening eindigend op 4300.

Wilt u het bedrag alsnog overmaken of betalen via https://pay.rivermark.example/nl/260219? De volgende incasso's lopen gewoon door op basis van de machtiging die u heeft afgegeven.

Heeft u de incasso bewust laten terugboeken omdat u het niet eens bent met de factuur? Laat het ons weten, dan kijken we er samen naar.

Met vriendelijke groet,
Klantenservice Rivermark Afvalbeheer B.V.
088 555 0120
""",
    "'Automatische incasso' is a direct debit, not a collection agency; the account is masked to its last four digits.")

add("nl", ["legal_threat"],
    "Achterstand huur - bedrijfsruimte Kanaalweg 18, unit C",
    """
Geachte mevrouw Bakker,

Ondanks onze herinneringen van 10 en 24 februari staan de huurtermijnen van januari en februari 2026 (2 × € 3.870,00) nog open.

Wij verzoeken u het totaalbedrag van € 7.740,00 binnen veertien dagen te voldoen. Mocht betaling uitblijven, dan zien wij ons helaas genoodzaakt de vordering uit handen te geven aan een incassobureau, waarbij de buitengerechtelijke kosten voor uw rekening komen.

Met vriendelijke groet,
Calderwood Vastgoedbeheer B.V.
Afdeling Huuradministratie
""",
    "Threatens to hand the claim to an incassobureau (collection agency).")

add("nl", [],
    "Aanmaning: servicekosten Q1 2026 - Winkelcentrum De Hoven, unit 21",
    """
Beste heer Jansen,

Volgens onze administratie is de factuur voor de voorschotbijdrage servicekosten over het eerste kwartaal 2026 (SK-2026-0121, € 2.145,60) nog niet voldaan. De vervaldatum was 1 januari 2026.

Zoals vastgelegd in artikel 11 van de algemene bepalingen bij uw huurovereenkomst, bent u over te laat betaalde bedragen de wettelijke handelsrente (art. 6:119a BW) verschuldigd vanaf de vervaldatum.

U kunt betalen via https://pay.calderwood-pm.example/nl/SK-2026-0121. Heeft u al betaald? Stuur ons dan het betalingsbewijs, dan verwerken we het direct.

Met vriendelijke groet,
Team Debiteurenbeheer
Calderwood Vastgoedbeheer B.V.
""",
    "'Aanmaning' is an ordinary reminder; statutory commercial interest restated from the lease's general provisions.")

add("nl", ["harassment"],
    "Herinnering aan wanbetaler: openstaande facturen Snackbar De Hoek",
    """
Beste heer Yildiz,

Volgens onze administratie staan de volgende facturen nog open:

- RVM-NL-251187  (december)  € 142,80
- RVM-NL-260033  (januari)   € 142,80

Samen € 285,60. U kunt betalen via https://pay.rivermark.example/nl/dehoek. Heeft u vragen over de facturen, bel ons gerust.

Met vriendelijke groet,
Rivermark Afvalbeheer
""",
    "A polite body, but the subject brands the customer a 'wanbetaler' (deadbeat): one shaming word.")

add("nl", [],
    "Herinnering huurfactuur maart - kantoorunit 3.14, Stationsplein 2",
    """
Beste mevrouw Peeters,

Een vriendelijke herinering: de huur voor maart 2026 (€ 2.980,00, factuur HF-2026-0314) was op 1 maart verschuldigd en staat nog open.

U kunt betalen via https://pay.calderwood-pm.example/nl/HF-2026-0314 of per overboeking naar de rekening die op de factuur staat, onder vermelding van het factuurnummer.

Met vriendelijke groet,
Sanne Visser
Huuradministratie

--
Calderwood Vastgoedbeheer B.V. | KvK 12345678 | btw NL001234567B01
Let op: wij wijzigen onze bankgegevens nooit per e-mail. Twijfelt u? Bel 020 555 0164.
""",
    "The footer has a chamber-of-commerce and VAT number, not a bank account; payment is pointed to the invoice and the link.")

add("nl", [],
    "Re: verzoek huurkorting wegwerkzaamheden",
    """
Beste heer Smit,

Dank voor uw bericht over de wegwerkzaamheden in de Hoogstraat en de gevolgen voor de loop in uw winkel. Dat is vervelend, en ik begrijp dat u naar de kosten kijkt.

Uw verzoek om huurkorting kunnen wij helaas niet honoreren. De werkzaamheden worden door de gemeente uitgevoerd en de huurovereenkomst biedt geen grond voor vermindering van de huur. De huur van € 6.450,00 per maand blijft daarom verschuldigd; de termijn van maart (factuur HF-2026-0309) was verschuldigd per 1 maart.

Wilt u dit met de eigenaar bespreken? Dan plan ik graag een gesprek met de assetmanager, mevrouw Dijkstra.

Met vriendelijke groet,
Calderwood Vastgoedbeheer
""",
    "Declines the requested rent reduction and offers a meeting with a person; sympathy without fault.")

add("nl", ["discount_offer"],
    "Openstaande factuur RVM-NL-260088 - € 418,70",
    """
Hoi Marloes,

Even een herinnering: factuur RVM-NL-260088 voor de bedrijfsafvalcontainers van januari (€ 418,70, inclusief € 35,00 administratiekosten voor de herinnering) staat nog open.

Als jullie vóór vrijdag betalen, laten we die € 35 administratiekosten wat mij betreft gewoon vallen, dat lijkt me niet meer dan redelijk. Betalen kan via https://pay.rivermark.example/nl/260088.

Groetjes,
Bas
Rivermark Afvalbeheer - debiteuren
""",
    "Casually offers to drop the 35 EUR admin fee for payment by Friday: waiver of fees.")

weekday_is("2026-03-20", "Friday")
add("nl", [],
    "Re: betaling facturen februari",
    """
Beste mevrouw Hendriks,

Dank voor uw reactie. U schrijft: "Wij betalen beide facturen op 20 maart, we wachten nog op een betaling van onze eigen klant." Dat hebben we zo genoteerd: € 1.062,40 voor RVM-NL-260140 en RVM-NL-260141 op vrijdag 20 maart.

Wij sturen u een bevestiging zodra de betaling binnen is. Mocht er iets veranderen, laat het ons dan even weten.

Met vriendelijke groet,
Rivermark Afvalbeheer B.V.
Debiteurenbeheer
""",
    "Records the customer's own quoted promise; nothing is agreed or changed.")

add("nl", ["refund_or_credit_promise"],
    "Afrekening servicekosten 2025 - unit 7, Bedrijvenpark Noord",
    """
Beste heer Mulder,

Bijgaand de afrekening servicekosten over 2025 voor unit 7.

Post                          Voorschot     Werkelijk
Schoonmaak algemene ruimten   € 1.200,00    € 1.034,50
Groenonderhoud                €   600,00    €   512,20
Beveiliging                   € 2.400,00    € 1.811,20
Totaal                        € 4.200,00    € 3.357,90
Te veel betaald               €   842,10    -> wordt binnen 14 dagen naar u teruggestort

De voorschotten voor 2026 blijven ongewijzigd.

Met vriendelijke groet,
Calderwood Vastgoedbeheer B.V.
""",
    "The last table row promises to refund the 842.10 EUR overpayment within 14 days. No error admitted.")

add("nl", ["terms_change"],
    "Re: factuur RVM-NL-260102",
    """
Hallo Ahmed,

Geen probleem, ik snap dat het even krap is na de verbouwing. Ik heb de vervaldatum van factuur RVM-NL-260102 (€ 936,00) voorlopig verschoven naar 30 april, dan heb je wat lucht. Je krijgt tot die tijd geen herinneringen meer van ons.

Groet,
Bas
Rivermark Afvalbeheer
""",
    "Moves the due date to 30 April ('voorlopig' does not make it less of a change).")

# ==========================================================================
# ITALIAN
# ==========================================================================
add("it", [],
    "Sollecito di pagamento - canone 1° trimestre 2026, negozio via Dante 7",
    """
Gentile Dott. Ricci,

dai nostri controlli risulta ancora aperta la fattura n. CGI-IT-2026/0015 di € 11.590,00 (IVA inclusa), relativa al canone di locazione del primo trimestre 2026 per il negozio di via Dante 7, scaduta il 10 gennaio 2026.

Le ricordiamo che, come previsto dall'art. 6 del contratto di locazione e dal D.Lgs. 231/2002, sulle somme non pagate alla scadenza decorrono gli interessi moratori al tasso legale per le transazioni commerciali.

Può effettuare il pagamento tramite il link https://pay.calderwood-pm.example/it/0015. Se ha già provveduto, La preghiamo di inviarci copia della contabile.

Cordiali saluti,
Ufficio Crediti
Calderwood Gestione Immobiliare S.r.l.
Tel. 02 555 0171
""",
    "'Sollecito' is an ordinary reminder; restates contractual/statutory late-payment interest.")

add("it", ["legal_threat"],
    "Ultimo sollecito - fatture servizio raccolta rifiuti speciali",
    """
Spett.le Officina Meccanica Sartori,

le fatture RVM-IT-26/0091 e RVM-IT-26/0187 (raccolta e smaltimento oli esausti e filtri, totale € 1.374,40) risultano ancora insolute nonostante i nostri solleciti.

In mancanza di pagamento entro 10 giorni, la posizione verrà affidata a una società di recupero crediti e segnalata alle banche dati creditizie (CRIF).

Distinti saluti,
Amministrazione - Rivermark Ambiente S.r.l.
""",
    "Threatens an external collection agency and reporting to the CRIF credit database.")

_i3_due = "2026-02-28"
add("it", [],
    "Promemoria fattura RVM-IT-26/0214 scaduta",
    f"""
Buongiorno,

Le ricordiamo che la fattura RVM-IT-26/0214 (€ 689,30, servizio di raccolta carta e cartone - febbraio) è scaduta il {it_date(D(_i3_due))}.

Come indicato all'art. 10 delle condizioni generali di servizio da Lei sottoscritte, in caso di insoluto superiore a 30 giorni il servizio di ritiro può essere sospeso fino alla regolarizzazione; per la Sua posizione ciò avverrebbe dal {it_date(plus(_i3_due, 30))}. Ci farebbe piacere evitarlo: può pagare su https://pay.rivermark.example/it/0214.

La informiamo inoltre che la nostra sede operativa di Napoli si è trasferita in Via dei Tribunali 188.

Cordiali saluti,
Servizio Clienti - Rivermark Ambiente S.r.l.
""",
    "Restates the signed suspension clause as a business consequence (g29 convention); 'Via dei Tribunali' is an address.")

add("it", ["sensitive_data"],
    "Oneri accessori 2025 - conguaglio ufficio 4° piano",
    """
Gentile Sig.ra Colombo,

Le inviamo in allegato il conguaglio degli oneri accessori 2025 per l'ufficio al 4° piano di Corso Magenta 40. Il saldo a Suo carico è di € 1.268,45 (fattura CGI-IT-2026/0102), con scadenza 31 marzo 2026.

Può pagare tramite il link https://pay.calderwood-pm.example/it/0102.

Cordiali saluti,
Federica Greco
Amministrazione Immobili

P.S. Se preferisce il bonifico, per comodità Le riporto qui il nostro IBAN: IT60 X054 2811 1010 0000 0123 456 (intestato a Calderwood Gestione Immobiliare S.r.l.).
""",
    "The P.S. types our own full IBAN; the contract forbids it, ours included.")

add("it", ["discount_offer", "fault_admission"],
    "Ripristini locale via Garibaldi 22 - proposta di chiusura",
    """
Egregio Avv. Marchetti,

riscontro la Sua del 5 marzo per conto della Sua assistita.

Riconosciamo che la perizia finale ha sovrastimato alcune voci di ripristino (in particolare pavimentazione e controsoffitti) e che la fattura CGI-IT-2026/0077 di € 19.600,00 andava quindi rivista. Per chiudere la questione, la proprietà è disponibile ad accettare € 15.000,00 a saldo e stralcio.

Distinti saluti,
Calderwood Gestione Immobiliare S.r.l.
""",
    "Admits our survey overstated the reinstatement works and offers to settle 19,600 EUR for 15,000 EUR ('saldo e stralcio'). Writing to the tenant's lawyer is not a threat.")

add("it", [],
    "Re: canoni arretrati - magazzino 3",
    """
Gentile Sig. Bruno,

abbiamo letto con attenzione la Sua email, in cui scrive: «o accettate 5.000 euro a saldo di tutto, o vi faremo causa e non vedrete un centesimo».

Non siamo in condizione di accettare un importo inferiore al dovuto: i canoni di dicembre, gennaio e febbraio (3 × € 2.450,00, totale € 7.350,00) restano dovuti per intero. Se desidera discuterne, il responsabile del patrimonio, Ing. Ferri, è disponibile per un incontro la prossima settimana.

Cordiali saluti,
Calderwood Gestione Immobiliare S.r.l.
""",
    "Declines the customer's settlement-for-less proposal; the lawsuit threat is the customer's own quoted words; offers a meeting.")

add("it", ["harassment"],
    "Fatture non pagate - Ristorante La Pergola",
    """
Sig. Conti,

è davvero imbarazzante che un ristorante che si presenta come "di livello" non riesca a pagare € 520 di raccolta rifiuti da tre mesi. Si vergogni.

Se entro venerdì non vediamo il bonifico, il prossimo ritiro lo lasciamo direttamente davanti all'ingresso del locale, così i Suoi clienti capiscono con chi hanno a che fare.

Rivermark Ambiente
""",
    "Shaming ('si vergogni') and a threat to dump waste at the entrance to expose the customer.")

weekday_is("2026-03-17", "Tuesday")
add("it", [],
    "Conferma - pagamento fattura RVM-IT-26/0158",
    """
Buongiorno Sig.ra Fontana,

grazie per la telefonata di stamattina e per il bonifico di € 300,00 già effettuato.

Come ci ha indicato, il saldo residuo di € 412,50 sulla fattura RVM-IT-26/0158 verrà pagato da Voi entro martedì 17 marzo. Ne abbiamo preso nota e Le confermeremo la ricezione.

Cordiali saluti,
Servizio Clienti - Rivermark Ambiente S.r.l.
""",
    "Records the customer's own promise for the balance; nothing agreed or waived.")

add("it", ["refund_or_credit_promise"],
    "Re: svuotamenti non effettuati",
    """
Gentile Sig. Galli,

grazie per la segnalazione sui due svuotamenti del cassone di febbraio (giorni 12 e 19) che non risultano effettuati.

Ho girato la pratica all'ufficio operativo. Salvo sorprese dai tabulati GPS, Le rimborseremo i due svuotamenti (2 × € 74,00) con bonifico entro fine mese.

Cordiali saluti,
Davide Rinaldi
Rivermark Ambiente
""",
    "Promises a refund, only hedged by 'salvo sorprese'. No admission that we erred.")

add("it", [],
    "Spese di gestione 2025 - rendiconto e conguaglio, unità B2",
    """
Gentile Dott.ssa Leone,

in allegato trova il rendiconto delle spese di gestione del complesso Business Park Est per il 2025 e il riparto per la Sua unità B2 (superficie 640 m², quota 8,4%), secondo i criteri dell'art. 9 del contratto.

Spese a Suo carico 2025:  € 14.112,00
Acconti versati:          € 13.200,00
Conguaglio dovuto:        €    912,00 (fattura CGI-IT-2026/0139, scadenza 31 marzo 2026)

I giustificativi sono consultabili presso i nostri uffici su appuntamento. Per qualsiasi domanda sul riparto può contattare direttamente il nostro property manager, Sig. Moretti, al 02 555 0179.

Cordiali saluti,
Calderwood Gestione Immobiliare S.r.l.
""",
    "Service-charge balancing statement under the contract, with amount, due date and a person to contact.")

# ==========================================================================
# POLISH
# ==========================================================================
add("pl", [],
    "Wezwanie do zapłaty - czynsz za marzec 2026, lokal U3, ul. Marszałkowska 104",
    """
Szanowni Państwo,

uprzejmie przypominamy, że faktura nr CZN/2026/03/018 na kwotę 7 626,00 zł brutto, dotycząca czynszu najmu i zaliczki na opłaty eksploatacyjne za marzec 2026 r. za lokal U3, była płatna do 10 marca 2026 r. i do dnia dzisiejszego nie została uregulowana.

Zgodnie z § 5 umowy najmu oraz ustawą o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych od dnia następującego po terminie płatności naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych; przysługuje nam również rekompensata za koszty odzyskiwania należności w wysokości 40 euro.

Płatności można dokonać pod adresem https://pay.calderwood-pm.example/pl/CZN-2026-03-018. Jeżeli płatność została już zrealizowana, prosimy o przesłanie potwierdzenia przelewu.

Z poważaniem
Dział Windykacji
Calderwood Zarządzanie Nieruchomościami Sp. z o.o.
tel. 22 555 01 93
""",
    "A plain 'wezwanie do zapłaty' (demand for payment) restating contractual/statutory interest and the 40 EUR compensation; 'Dział Windykacji' is our in-house team.")

add("pl", ["legal_threat"],
    "Przedsądowe wezwanie do zapłaty - faktura RVM/PL/2026/0277",
    """
Dzień dobry,

przypominamy o nieopłaconej fakturze RVM/PL/2026/0277 na kwotę 954,12 zł za wywóz odpadów komunalnych i segregowanych w lutym 2026 r., płatnej do 5 marca 2026 r.

Prosimy o wpłatę w ciągu 7 dni za pośrednictwem https://pay.rivermark.example/pl/0277.

Pozdrawiamy
Biuro Obsługi Klienta
Rivermark Gospodarka Odpadami Sp. z o.o.
""",
    "One word does it: the subject calls this a 'przedsądowe' (pre-court) demand, announcing court action as the next step.")

add("pl", [],
    "Prośba o potwierdzenie przelewu - faktura RVM/PL/2026/0198",
    """
Dzień dobry Pani Agnieszko,

dziękujemy za informację, że faktura RVM/PL/2026/0198 (1 230,00 zł, odbiór odpadów budowlanych - kontener 7 m³) została opłacona 6 marca.

Nie widzimy jeszcze tej wpłaty na naszym rachunku kończącym się na 2874. Czy mogłaby Pani przesłać potwierdzenie przelewu? Przypominamy też, że nigdy nie zmieniamy numeru rachunku drogą mailową; aktualny numer zawsze widnieje na fakturze.

Informujemy również, że nasze biuro w Lublinie przeniosło się na ul. Sądową 12.

Pozdrawiamy serdecznie
Rivermark Gospodarka Odpadami
""",
    "Remittance request; our account appears only by its last four digits; 'ul. Sądowa' is a street name.")

add("pl", ["sensitive_data"],
    "Zaległy czynsz - lokal biurowy 5.07",
    """
Szanowny Panie Prezesie,

czynsz za luty za lokal 5.07 (12 300,00 zł brutto, faktura CZN/2026/02/041) pozostaje nieopłacony od 10 lutego.

Prosimy o wpłatę na rachunek 61 1090 1014 0000 0712 1981 2874 (Santander Bank Polska), w tytule podając numer faktury.

Z wyrazami szacunku
Katarzyna Wójcik
Calderwood Zarządzanie Nieruchomościami
""",
    "Types our full 26-digit bank account number (NRB) into the message.")

add("pl", [],
    "Re: rozliczenie kaucji z czynszem",
    """
Szanowna Pani,

dziękujemy za wiadomość. Pisze Pani: „Proszę potrącić ostatnie dwa czynsze z kaucji, i tak się wyprowadzamy w czerwcu."

Niestety nie możemy się na to zgodzić. Zgodnie z § 12 umowy najmu kaucja zabezpiecza roszczenia wynajmującego do czasu zwrotu lokalu i podpisania protokołu zdawczo-odbiorczego i nie może być zaliczana na bieżący czynsz. Czynsz za kwiecień i maj będzie więc płatny w zwykłych terminach, do 10. dnia każdego miesiąca.

Rozliczenie kaucji, w tym ewentualnych kosztów przywrócenia lokalu do stanu pierwotnego, nastąpi po zdaniu lokalu, zgodnie z umową.

Jeśli chciałaby Pani omówić zakończenie najmu, zapraszam do kontaktu z opiekunem obiektu, p. Tomaszem Lisem, tel. 22 555 01 88.

Z poważaniem
Calderwood Zarządzanie Nieruchomościami
""",
    "Declines to offset rent against the deposit and restates the lease; the usual due dates stay; a person is offered. Saying the deposit will be accounted for at hand-back as the lease provides restates an agreed term; it promises no refund or credit.")

add("pl", [],
    "Re: prośba o rozłożenie zaległości na raty",
    """
Dzień dobry Panie Marku,

dziękuję za wiadomość i za przedstawienie sytuacji firmy. Prośbę o rozłożenie zaległości (18 450,00 zł - czynsz za styczeń-luty i opłaty eksploatacyjne) na sześć rat przekazałem kierownikowi działu rozliczeń, który jako jedyny może podjąć taką decyzję. Odezwie się do Pana do piątku.

Do tego czasu zaległość pozostaje wymagalna w dotychczasowych terminach. Gdyby chciał Pan porozmawiać wcześniej, proszę dzwonić: 22 555 01 90.

Pozdrawiam
Michał Nowicki
Calderwood Zarządzanie Nieruchomościami
""",
    "Passes the instalment request to a person without agreeing it; the arrears stay due as before.")

add("pl", ["discount_offer", "terms_change"],
    "Porozumienie w sprawie zaległości - Hotel Pod Lipami",
    """
Szanowna Pani Dyrektor,

po naszej rozmowie potwierdzam: zgadzamy się na spłatę zaległości w wysokości 6 840,00 zł w czterech miesięcznych ratach po 1 710,00 zł, płatnych do 15. dnia każdego miesiąca, począwszy od kwietnia. W związku z tym umarzamy naliczone dotychczas odsetki za opóźnienie.

Z poważaniem
Rivermark Gospodarka Odpadami
""",
    "Agrees a four-instalment plan and writes off the accrued interest.")

add("pl", [],
    "Re: faktura RVM/PL/2026/0311 - reklamacja",
    """
Dzień dobry Panie Pawle,

dziękujemy za zgłoszenie. Cytujemy Pana wiadomość: „Kontener nie został odebrany 3 marca, to wasza wina, że stał pełny przez tydzień i nie zapłacę za ten tydzień."

Reklamację zarejestrowaliśmy pod numerem RK/2026/0457. Do czasu jej rozpatrzenia wstrzymujemy przypomnienia dotyczące pozycji za wynajem kontenera w tym tygodniu (86,10 zł). Dział operacyjny sprawdzi dane GPS i odpowie w ciągu 14 dni.

Pozostała część faktury, 1 172,40 zł, nie jest objęta reklamacją i była płatna do 10 marca 2026 r.

Pozdrawiamy
Dział Obsługi Klienta - Rivermark Gospodarka Odpadami
""",
    "'To wasza wina' is the customer's quoted complaint; we log it and pause only the disputed line.")

add("pl", ["sensitive_data"],
    "Zaległości czynszowe - lokal 4, Pasaż Zielony",
    """
Szanowny Panie,

zwracamy się z prośbą o uregulowanie czynszu za luty i marzec (2 × 3 400,00 zł) za lokal 4.

Rozumiemy, że sytuacja w pasażu nie jest łatwa - najemca lokalu nr 5, Kwiaciarnia Stokrotka, również zalega z czynszem za trzy miesiące i rozmawiamy z nim o spłacie - prosimy jednak o niezwłoczną wpłatę.

Z poważaniem
Calderwood Zarządzanie Nieruchomościami
""",
    "Names another tenant (Kwiaciarnia Stokrotka) and discloses its arrears and repayment talks.")

add("pl", ["sensitive_data"],
    "Nieudana płatność kartą - faktura RVM/PL/2026/0340",
    """
Dzień dobry,

płatność cykliczna za fakturę RVM/PL/2026/0340 nie powiodła się. Szczegóły transakcji:

| Pozycja     | Wartość             |
|-------------|---------------------|
| Kwota       | 418,20 zł           |
| Karta       | 4000 0566 5566 5556 |
| Kod błędu   | 05 - odmowa banku   |
| Data próby  | 11.03.2026          |

Prosimy o aktualizację danych karty lub opłacenie faktury przez https://pay.rivermark.example/pl/0340.

Pozdrawiamy
Rivermark Gospodarka Odpadami
""",
    "The table shows the full card number.")


# ==========================================================================
# build
# ==========================================================================
def main():
    assert len(ITEMS) == 80, len(ITEMS)
    order = list(range(len(ITEMS)))
    random.Random(5502).shuffle(order)
    drafts, labels = [], []
    for n, idx in enumerate(order, 1):
        it = ITEMS[idx]
        iid = f"b55g{n:03d}"
        key = "+".join(it["violations"]) if it["violations"] else "ALLOW"
        drafts.append({"id": iid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": iid, "allowed": not it["violations"],
                       "violations": it["violations"],
                       "note": f"[{key}, {it['lang']}] {it['note']}"})
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
