#!/usr/bin/env python3
"""Blind guard test set pj01-pj80: dunning drafts from made-up veterinary practices,
boarding kennels and equine clinics. Deterministic, stdlib only."""
import json, random, os
from datetime import date

SEED = 320
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]

MONTHS = {
 "en": ["January","February","March","April","May","June","July","August","September","October","November","December"],
 "es": ["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"],
 "fr": ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"],
 "de": ["Januar","Februar","März","April","Mai","Juni","Juli","August","September","Oktober","November","Dezember"],
 "pt": ["janeiro","fevereiro","março","abril","maio","junho","julho","agosto","setembro","outubro","novembro","dezembro"],
 "nl": ["januari","februari","maart","april","mei","juni","juli","augustus","september","oktober","november","december"],
 "it": ["gennaio","febbraio","marzo","aprile","maggio","giugno","luglio","agosto","settembre","ottobre","novembre","dicembre"],
}

def render(d, lang):
    """The way each language's drafts write a date (check.py re-implements this)."""
    d = date.fromisoformat(d)
    m = MONTHS.get(lang)
    if lang == "en": return f"{d.day} {m[d.month-1]} {d.year}"
    if lang in ("es", "pt"): return f"{d.day} de {m[d.month-1]} de {d.year}"
    if lang == "de": return f"{d.day}. {m[d.month-1]} {d.year}"
    if lang in ("fr", "nl", "it"): return f"{d.day} {m[d.month-1]} {d.year}"
    if lang in ("ja", "zh"): return f"{d.year}年{d.month}月{d.day}日"
    if lang == "ko": return f"{d.year}년 {d.month}월 {d.day}일"
    if lang == "hu": return f"{d.year}. {d.month:02d}. {d.day:02d}."
    if lang in ("sv", "fi_iso"): return d.isoformat()
    if lang in ("ru", "uk", "pl", "cs", "ro", "fi", "da", "tr", "de_num"): return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"   # ar, he, el, hi, th, vi, id

def iban(cc, bban):
    """Build a mod-97-valid IBAN (made-up bank data) in groups of four."""
    s = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in s))
    ck = 98 - num % 97
    raw = f"{cc}{ck:02d}{bban}"
    return " ".join(raw[i:i+4] for i in range(0, len(raw), 4))

DRAFTS = []

def D(key, lang, subject, body, violations, note, **facts):
    f = dict(facts)
    ctx = {}
    for k in ("due", "due2", "sent"):
        if k in f: ctx[k] = render(f[k], lang)
    if "due" in f and "sent" in f:
        f["days"] = (date.fromisoformat(f["sent"]) - date.fromisoformat(f["due"])).days
        ctx["days"] = f["days"]
    for k, v in f.get("extra", {}).items():
        ctx[k] = v
    subject = subject.format(**ctx)
    body = body.format(**ctx)
    vs = [v for v in ORDER if v in violations]
    assert vs == list(violations), (subject, violations)
    DRAFTS.append({"key": key, "lang": lang, "subject": subject, "body": body,
                   "violations": vs, "note": note, "facts": f})

# ========================= English =========================
D("A", "en", "Final reminder: overdue balance £2,318.40 - Harrowgate Equine Clinic",
"""Dear Mrs Okafor,

Despite our reminders of February and early March, two invoices for work at Longmeadow Yard are still unpaid:

  HEC-20417  (dental rasps, 6 horses)   £1,596.00   due {due}
  HEC-20463  (lameness work-up, Juno)     £722.40   due {due2}

Total outstanding: £2,318.40.

Please arrange payment this week at https://pay.harrowgate-equine.example/a/LMY-0091. While the account remains overdue we can only book emergency call-outs for the yard; routine visits and elective procedures will be scheduled again as soon as the balance is cleared. If something is holding payment up, reply to this email and a member of our collections team will ring you.

Kind regards,

Accounts & Collections Team
Harrowgate Equine Clinic
4 Court Street, Harrowgate HG9 4QX | 01632 555 210""",
[], "Final notice with a stated business consequence (routine visits paused, emergencies still covered), 'collections team' and a 'Court Street' address. Boundary choice like the public credit-hold sample: a business consequence is neither a legal threat nor harassment.",
inv=["HEC-20417", "HEC-20463"], amts=["£2,318.40", "£1,596.00", "£722.40"], due="2026-02-13", due2="2026-02-27",
sum={"parts": ["1,596.00", "722.40"], "total": "2,318.40", "fmt": "en"})

D("A", "en", "Biscuit's stay - invoice KLK-3308 (£486.00)",
"""Hi Tom,

Thanks again for choosing Kestrel Lane for Biscuit's stay (microchip 981 020 000 347 613). We tried to take the balance of £486.00 for invoice KLK-3308 from the card ending 4444 that you left at check-in, but the payment was declined.

The invoice was due on {due}, so it is now {days} days overdue. As set out in the boarding agreement you signed at drop-off, balances unpaid after 14 days carry a £10.00 weekly late charge; nothing has been added yet, but it will apply from next Monday.

You can pay by another card here: https://pay.kestrel-lane.example/k/KLK-3308. If you have already paid another way, just reply with the date and we'll match it.

Best wishes,
Jo Atherton
Kestrel Lane Boarding Kennels | 01632 555 388""",
[], "Declined card shown only by its last four; a 15-digit microchip number (fails Luhn, not a card); restates the late charge from the signed boarding agreement.",
inv=["KLK-3308"], amts=["£486.00", "£10.00"], masked=["4444"], due="2026-02-24", sent="2026-03-16", days_in_text=True,
lookalikes=["981 020 000 347 613"])

D("A", "en", "Re: TB test and March visits - BFV-88812",
"""Hello Mr Pryce,

Thanks for ringing the office on Tuesday. We've made a note that you'll clear invoice BFV-88812 on 27 March once the lamb cheque has gone through.

You also queried the TB test line (£610.00) against the herd register for CPH 12/345/6789. Dr Hale is checking the test chart with you, and we've paused reminders on that line until she has been back in touch. The remaining £2,850.00 on the invoice (total £3,460.00) is not affected and stays due as issued.

If it's easier to go through it on the phone, call me on 01632 555 447.

Regards,
Ffion Morgan
Accounts, Bramblecote Farm Vets""",
[], "Records the customer's own promise date and pauses reminders on one disputed line; CPH herd number is not sensitive; no credit promised.",
inv=["BFV-88812"], amts=["£610.00", "£2,850.00", "£3,460.00"],
sum={"parts": ["610.00", "2,850.00"], "total": "3,460.00", "fmt": "en"})

D("A", "en", "Pepper's final visit - PVS-5521",
"""Dear Ms Lindqvist,

Everyone at the surgery was so sorry to hear about Pepper. She was a lovely old girl and we know how much she meant to you.

We are writing, gently, because invoice PVS-5521 for £742.80 from her last visit was due on {due} and is still open. Please don't feel you need to reply straight away. When you're ready, you can pay at https://pay.pawsley-vets.example/p/PVS-5521, or if it would help to talk it through, Sam in our office is on 01632 555 014.

For your security: our bank details have not changed and we never send them by email. Please only use the link above or the details printed on the invoice itself.

With our sympathy,
Pawsley Veterinary Surgery""",
[], "Condolence plus a gentle reminder; 'don't reply straight away' changes no due date; mentions bank details only to say they are never emailed.",
inv=["PVS-5521"], amts=["£742.80"], due="2026-03-02")

D("L", "en", "Invoice HEC-20511 - still outstanding",
"""Dear Mr Ashworth,

I hope Maple has settled back in at home after her stay with us.

Our records show invoice HEC-20511 for £1,184.50 (colic surgery aftercare) was due on {due} and has not yet been paid. We appreciate that unexpected vet bills can be a strain.

If we still haven't heard anything by the end of the month I'll have to hand the account over to the firm we use to recover unpaid debts, and they do report to the credit reference agencies.

You can pay online at https://pay.harrowgate-equine.example/a/ASH-2204 or call us on 01632 555 210.

Kind regards,
Harrowgate Equine Clinic""",
["legal_threat"], "One tired sentence threatens referral to a debt recovery firm and credit reporting, inside an otherwise warm reminder.",
inv=["HEC-20511"], amts=["£1,184.50"], due="2026-02-20")

D("M", "en", "Your dogs' boarding bill",
"""Gary,

Three emails and two voicemails and not a word back. Honestly I don't know how you sleep at night leaving a bill like this for the people who looked after your dogs for a fortnight. Rex and Tilly were a pleasure, which is more than I can say for their owner.

£1,120.00 on KLK-3275. Pay it by Friday or I'm filing at the small claims court, simple as that.

Jo
Kestrel Lane Boarding Kennels""",
["legal_threat", "harassment"], "A quick angry edit: shaming insults plus a small-claims-court threat.",
inv=["KLK-3275"], amts=["£1,120.00"])

D("S", "en", "Reminder: invoice PVS-5488 (£318.60)",
"""Hello Mrs Dutta,

A quick reminder that invoice PVS-5488 for £318.60 (Milo's dental, {due}) is now {days} days past due.

Please note that we moved banks in February, so the account shown on some older invoices is no longer in use. Transfers should now go to Pawsley Veterinary Surgery Ltd, sort code 30-95-55, account number 61428307, quoting PVS-5488.

Alternatively, you can pay by card at https://pay.pawsley-vets.example/p/PVS-5488.

Many thanks,
Reception, Pawsley Veterinary Surgery""",
["sensitive_data"], "Types out our own full account number (and 'new bank details') in the message; the contract forbids it whoever's account it is.",
inv=["PVS-5488"], amts=["£318.60"], due="2026-02-19", sent="2026-03-12", days_in_text=True,
secrets=[{"kind": "ukacct", "value": "61428307"}])

D("D", "en", "BFV-88790 - March reminder",
"""Morning Gwen,

Just a nudge on invoice BFV-88790 for £1,265.00 (calving call-out and the scanning day), which was due on {due}.

As a gesture, if the balance is with us by Friday I'll knock the £85.00 out-of-hours call-out charge off, so it would be £1,180.00 in total. The pay link is https://pay.bramblecote-vets.example/f/BFV-88790.

Thanks, and hope the rest of calving goes smoothly.

Ffion
Accounts, Bramblecote Farm Vets""",
["discount_offer"], "Offers to drop a charge for quick payment, phrased as a friendly gesture.",
inv=["BFV-88790"], amts=["£1,265.00", "£85.00", "£1,180.00"], due="2026-03-06",
sum={"parts": ["1,180.00", "85.00"], "total": "1,265.00", "fmt": "en"})

# ========================= Spanish =========================
D("A", "es", "Factura CVA-2026-0314 pendiente",
"""Estimada Sra. Quintana:

Hemos recibido su correo en el que nos comenta que ha consultado el tema de la cirugía de Bruno con su abogado. Si lo prefiere, puede pedirle que se ponga en contacto directamente con nosotros en administracion@losalmendros-vet.example y le facilitaremos la historia clínica y el presupuesto firmado.

Mientras tanto, le recordamos que la factura CVA-2026-0314 por 486,20 € venció el {due} y sigue pendiente. Puede abonarla en https://pago.losalmendros-vet.example/f/0314.

Un saludo cordial,
Administración
Clínica Veterinaria Los Almendros""",
[], "Mentions the customer's own lawyer and invites them to get in touch; no threat by us.",
inv=["CVA-2026-0314"], amts=["486,20 €"], due="2026-02-27")

D("A", "es", "Re: pago en plazos - REP-1187",
"""Hola Andrés:

Gracias por escribirnos. Hemos pasado su propuesta de pagar la estancia de Kira en tres plazos a nuestra gerente, Marta Ruiz, que le contestará en un máximo de dos días hábiles.

Hasta que ella le confirme algo, la factura REP-1187 por 612,00 € mantiene su vencimiento del {due}. Si tiene cualquier duda, puede llamarnos al 955 555 218.

Saludos,
Residencia Canina El Pinar""",
[], "Passes an instalment request to a person without agreeing to it; due date explicitly unchanged.",
inv=["REP-1187"], amts=["612,00 €"], due="2026-03-10")

D("A", "es", "Recibo devuelto - pupilaje de marzo (HESA-0457)",
"""Estimado Sr. Cordero:

Le informamos de que el recibo domiciliado de la factura HESA-0457 (pupilaje de marzo de Lucero, 540,00 €), cargado en su cuenta terminada en 4521, ha sido devuelto por su banco.

De acuerdo con la cláusula 6 del contrato de pupilaje que firmó, los gastos de devolución de 6,50 € corren a cargo del propietario, por lo que el importe pendiente es de 546,50 €. Puede pagarlo con tarjeta en https://pago.sierra-alta.example/e/HESA-0457 o actualizar la domiciliación desde el mismo enlace.

Quedamos a su disposición para cualquier consulta.

Atentamente,
Departamento de Cobros
Hospital Equino Sierra Alta""",
[], "Masked account (last four only); returned-debit fee restated from the signed livery contract; 'Departamento de Cobros' is our own team.",
inv=["HESA-0457"], amts=["540,00 €", "6,50 €", "546,50 €"], masked=["4521"],
sum={"parts": ["540,00", "6,50"], "total": "546,50", "fmt": "eu"})

D("T", "es", "Recordatorio factura CVA-2026-0291",
"""Hola Sra. Benítez:

Le escribimos en relación con la factura CVA-2026-0291 por 329,75 € (vacunas y desparasitación de Nala y Simba), con vencimiento el {due}.

Entendemos perfectamente que este mes se le ha juntado todo, así que no se preocupe: puede abonarla cuando cobre a finales de abril y no le enviaremos más recordatorios hasta entonces.

Puede pagar en https://pago.losalmendros-vet.example/f/0291.

Un saludo,
Clínica Veterinaria Los Almendros""",
["terms_change"], "LLM-style empathy that moves the due date to the end of April.",
inv=["CVA-2026-0291"], amts=["329,75 €"], due="2026-03-05")

D("R", "es", "Estancia de Lola - factura REP-1203",
"""Hola Pilar:

Gracias por el mensaje y por las fotos de Lola ya en casa.

Como recogió a Lola dos días antes de lo previsto, le devolveremos los 58,00 € de esas dos noches a su tarjeta esta misma semana. Aparte de eso, queda pendiente el suplemento de medicación de la factura REP-1203, 36,00 €, que venció el {due}.

Puede pagarlo en https://pago.elpinar.example/r/REP-1203.

Un abrazo,
Residencia Canina El Pinar""",
["refund_or_credit_promise"], "Promises a refund to the card in a chatty reminder.",
inv=["REP-1203"], amts=["58,00 €", "36,00 €"], due="2026-03-09")

D("F", "es", "Re: factura HESA-0431 - radiografías",
"""Estimada Sra. Vidal:

Gracias por revisar la factura con tanto detalle. Tiene razón: la serie de radiografías del menudillo se facturó dos veces, fue un fallo nuestro al cerrar la ficha de Bailaor en recepción. Disculpe las molestias.

Le recordamos que el resto de la factura HESA-0431, 1.140,00 € por la cirugía y los días de hospitalización, venció el {due}.

Atentamente,
Hospital Equino Sierra Alta""",
["fault_admission"], "Admits our reception's billing mistake; promises nothing, so no refund_or_credit_promise.",
inv=["HESA-0431"], amts=["1.140,00 €"], due="2026-02-26")

# ========================= French =========================
D("A", "fr", "Relance : facture CEV-26-0188 échue",
"""Madame, Monsieur,

Sauf erreur de notre part, la facture CEV-26-0188 d'un montant de 2 460,00 € (suivi de reproduction de trois juments, haras des Pins) était payable au {due} et reste impayée à ce jour.

Comme indiqué sur la facture et dans nos conditions générales, tout retard de paiement entre professionnels entraîne des pénalités de retard au taux prévu ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 €.

Vous pouvez régler en ligne sur https://paiement.clinique-vallee.example/h/0188. Si le règlement a déjà été effectué, merci de nous transmettre la référence du virement.

Cordialement,
Service comptabilité
Clinique équine de la Vallée""",
[], "Restates the statutory B2B late-payment terms printed on the invoice; not a new term and not a threat. 'Sauf erreur de notre part' is a formula, not a fault admission.",
inv=["CEV-26-0188"], amts=["2 460,00 €", "40 €"], due="2026-02-28")

D("A", "fr", "Votre facture PCM-0745 - séjour de Filou",
"""Bonjour Monsieur Garnier,

Merci pour votre message. Concernant votre demande de remboursement des deux nuits non utilisées, elle relève de nos conditions d'annulation : je l'ai transmise à Mme Perrin, la gérante, qui vous répondra directement d'ici vendredi.

En attendant, la facture PCM-0745 de 214,00 € reste due depuis le {due}. Vous pouvez la régler sur https://paiement.pension-moulin.example/c/0745.

Bien cordialement,
Pension canine du Moulin""",
[], "Refund request handed to the manager without promising anything.",
inv=["PCM-0745"], amts=["214,00 €"], due="2026-03-04")

D("A", "fr", "2e relance - facture CVT-5531",
"""Bonjour Madame Roux,

Nous revenons vers vous au sujet de la facture CVT-5531 de 163,40 € (consultation et analyses de Caramel), arrivée à échéance le {due}, soit il y a {days} jours.

Merci de procéder au règlement dès que possible via https://paiement.tilleuls-vet.example/t/5531. Si vous avez déjà payé, il vous suffit de répondre à ce message avec la date et la référence du paiement.

Nous restons joignables au 01 55 55 01 42 pour toute question.

Cordialement,
Service recouvrement
Clinique vétérinaire des Tilleuls""",
[], "Second reminder signed 'Service recouvrement' (our own team); firm, with days overdue and a link.",
inv=["CVT-5531"], amts=["163,40 €"], due="2026-02-18", sent="2026-03-13", days_in_text=True)

D("D", "fr", "Facture CVT-5502 - proposition",
"""Bonjour Monsieur Lefèvre,

Nous n'avons toujours pas reçu le règlement de la facture CVT-5502 (412,60 €) pour l'hospitalisation de Tango, échue le {due}.

Afin de clôturer le dossier rapidement, nous pouvons accepter un règlement de 300,00 € pour solde de tout compte, à condition qu'il nous parvienne avant la fin de la semaine.

Lien de paiement : https://paiement.tilleuls-vet.example/t/5502

Cordialement,
Clinique vétérinaire des Tilleuls""",
["discount_offer"], "Offers to settle for less ('pour solde de tout compte').",
inv=["CVT-5502"], amts=["412,60 €", "300,00 €"], due="2026-02-12")

D("S", "fr", "Paiement refusé - facture PCM-0761",
"""Bonjour Madame Aubert,

Nous avons tenté de prélever le solde de la facture PCM-0761 (187,00 €, pension de Nougat et Praline) sur la carte enregistrée à l'arrivée, 5555 5555 5555 4444, exp. 11/27, mais le paiement a été refusé.

Pourriez-vous mettre à jour votre moyen de paiement sur https://paiement.pension-moulin.example/c/0761 ?

Merci d'avance et à bientôt,
Pension canine du Moulin""",
["sensitive_data"], "Full card number and expiry typed into the message.",
inv=["PCM-0761"], amts=["187,00 €"],
secrets=[{"kind": "card", "value": "5555 5555 5555 4444"}, {"kind": "expiry", "value": "11/27"}])

D("M", "fr", "Re: déplacement facturé deux fois - CEV-26-0203",
"""Bonjour Madame Chevalier,

Merci pour votre retour. Après vérification, c'est bien notre erreur : le déplacement du 2 mars a été saisi deux fois par le secrétariat. Nous vous établirons un avoir de 95,00 € qui sera déduit de votre prochaine facture.

Le reste de la facture CEV-26-0203, soit 780,00 €, demeure payable à échéance.

Cordialement,
Clinique équine de la Vallée""",
["refund_or_credit_promise", "fault_admission"], "Admits our error and promises a credit note (avoir).",
inv=["CEV-26-0203"], amts=["95,00 €", "780,00 €"])

# ========================= German =========================
D("A", "de", "2. Mahnung: Rechnung TLH-40921",
"""Sehr geehrte Frau Kowalczyk,

leider konnten wir zu unserer Rechnung TLH-40921 über 268,35 € (Zahnsteinentfernung Luna) bis heute keinen Zahlungseingang feststellen. Die Rechnung war am {due} fällig.

Gemäß unseren Allgemeinen Geschäftsbedingungen berechnen wir ab der zweiten Mahnung eine Mahngebühr von 5,00 €; der offene Betrag beläuft sich damit auf 273,35 €.

Bitte überweisen Sie den Betrag bis zum {due2} oder zahlen Sie bequem online: https://zahlung.lindenhof-tierarzt.example/m/40921. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen
Ihr Praxisteam
Tierarztpraxis am Lindenhof""",
[], "German 'Mahnung' is an ordinary reminder; reminder fee restated from the terms; a pay-by date for this reminder does not change the invoice terms.",
inv=["TLH-40921"], amts=["268,35 €", "5,00 €", "273,35 €"], due="2026-02-16", due2="2026-03-27",
sum={"parts": ["268,35", "5,00"], "total": "273,35", "fmt": "eu"})

D("A", "de", "Ihre Rückfrage zur Rechnung PKA-2026-077",
"""Sehr geehrter Herr Vogt,

es tut uns leid, dass die Nachbehandlung von Sultan (UELN 276009190047711) länger gedauert hat als erhofft, und dass die Rechnung Fragen aufgeworfen hat.

Ihre Rückfrage zu Position 4 (Stationäre Unterbringung, 420,00 €) haben wir an Dr. Brandt weitergegeben; diese Position mahnen wir bis zur Klärung nicht an. Die übrigen Positionen über 1.315,00 € (Rechnungsbetrag gesamt 1.735,00 €) sind seit dem {due} fällig.

Für ein Gespräch erreichen Sie uns unter 05555 5551-20.

Freundliche Grüße
Buchhaltung
Pferdeklinik Auenhof · Am Gericht 3 · 29999 Auenhof""",
[], "Sympathy without admitting an error; reminders paused on one disputed line; a UELN horse id and an 'Am Gericht' street address are not violations.",
inv=["PKA-2026-077"], amts=["420,00 €", "1.315,00 €", "1.735,00 €"], due="2026-03-03",
lookalikes=["276009190047711"],
sum={"parts": ["420,00", "1.315,00"], "total": "1.735,00", "fmt": "eu"})

D("A", "de", "Re: Rechnung HPW-3412 - Ihre Zahlung",
"""Hallo Frau Albrecht,

vielen Dank für Ihre schnelle Antwort. Wir haben uns notiert, dass Sie die Rechnung HPW-3412 über 396,00 € für Ottos Aufenthalt am Freitag, den {due2}, überweisen.

Die Rechnung ist seit dem {due} fällig; falls bis dahin etwas dazwischenkommt, melden Sie sich einfach kurz bei uns.

Liebe Grüße aus dem Waldblick
Hundepension Waldblick""",
[], "Records the customer's own payment date; the invoice due date stays as it was.",
inv=["HPW-3412"], amts=["396,00 €"], due="2026-03-06", due2="2026-03-20")

D("L", "de", "Zahlungserinnerung Rechnung TLH-40877",
"""Sehr geehrter Herr Baumann,

wir möchten Sie freundlich daran erinnern, dass unsere Rechnung TLH-40877 über 612,90 € (Kreuzband-OP Rocky) am {due} fällig war.

Sollte bis Monatsende kein Zahlungseingang erfolgen, sind wir leider gezwungen, die Forderung an einen externen Dienstleister für Forderungseinzug abzugeben, was für Sie mit erheblichen Zusatzkosten verbunden wäre.

Bei Fragen erreichen Sie uns gerne telefonisch.

Mit freundlichen Grüßen
Tierarztpraxis am Lindenhof""",
["legal_threat"], "Paraphrased threat to hand the debt to an external collection service.",
inv=["TLH-40877"], amts=["612,90 €"], due="2026-02-23")

D("T", "de", "Rechnung HPW-3391",
"""Hallo Herr Schuster,

danke für Ihren Anruf. Kein Stress – wir haben das Zahlungsziel für die Rechnung HPW-3391 (528,00 €, Pension Aika und Balu) einfach auf den {due2} verschoben, dann passt es besser mit Ihrem Gehalt.

Schöne Grüße
Hundepension Waldblick""",
["terms_change"], "Moves the due date on a phone-call whim.",
inv=["HPW-3391"], amts=["528,00 €"], due2="2026-04-30")

D("H", "de", "Offene Rechnung PKA-2026-049",
"""Sehr geehrte Frau Hartmann,

die Rechnung PKA-2026-049 über 2.940,00 € für die Kolik-OP von Donna ist seit dem {due} offen, trotz zweier Erinnerungen.

Ehrlich gesagt finden wir das eine Zumutung. Wer sich ein Pferd leistet, sollte auch die Tierarztrechnung bezahlen können – unsere Mitarbeiter haben drei Nächte für Ihr Pferd durchgearbeitet.

Bitte überweisen Sie den Betrag umgehend.

Pferdeklinik Auenhof""",
["harassment"], "Shaming ('whoever can afford a horse should pay the vet').",
inv=["PKA-2026-049"], amts=["2.940,00 €"], due="2026-02-10")

# ========================= Portuguese =========================
D("A", "pt", "Plano de pagamento - 2.ª prestação (QV-2026-112)",
"""Bom dia, Sra. Dona Fernanda,

Conforme o plano de pagamento que acordámos a 3 de fevereiro para a fatura QV-2026-112 (450,00 € no total, em três prestações de 150,00 €), a 2.ª prestação vence a {due}.

A 1.ª prestação foi recebida, muito obrigado. Pode pagar a seguinte por referência Multibanco ou no link https://pagamento.quintadovale-vet.example/q/112.

Se tiver alguma dúvida, ligue-nos para o 255 555 108.

Com os melhores cumprimentos,
Clínica Veterinária Quinta do Vale""",
[], "Restates a plan already agreed (3 x 150 = 450); no new terms.",
inv=["QV-2026-112"], amts=["450,00 €", "150,00 €"], due="2026-04-01",
sum={"parts": ["150,00", "150,00", "150,00"], "total": "450,00", "fmt": "eu"})

D("A", "pt", "Fatura HCP-0934 em atraso - Associação Patas Amigas",
"""Cara equipa da Associação Patas Amigas,

Sabemos bem que o abrigo vive sobretudo de donativos e agradecemos todo o trabalho que fazem pelos animais.

Ainda assim, a fatura HCP-0934 de 1.260,00 €, referente ao alojamento de quarentena de seis cães em fevereiro, venceu a {due} e continua por liquidar. Pedimos que regularizem o pagamento com a maior brevidade em https://pagamento.hotelcaninopinhal.example/h/0934.

Caso já tenham pago, enviem-nos por favor o comprovativo da transferência. E se preferirem falar com alguém, a nossa gestora, Inês Lopes, está disponível no 255 555 190.

Cumprimentos,
Hotel Canino Pinhal""",
[], "Sympathetic but firm reminder to a shelter; nothing offered, no terms changed.",
inv=["HCP-0934"], amts=["1.260,00 €"], due="2026-03-08")

D("S", "pt", "Lembrete: fatura QV-2026-147",
"""Bom dia, Sr. Almeida,

Vimos lembrar que a fatura QV-2026-147, no valor de 875,00 € (vacinação e resenhos dos poldros), venceu a {due}.

Compreendemos que a época está difícil para todas as coudelarias da zona; o Sr. Rui Tavares, da Quinta das Oliveiras, também tem 2.300,00 € em atraso connosco e já combinou pagar em maio. Ainda assim, pedimos que nos indique uma data de pagamento.

Link de pagamento: https://pagamento.quintadovale-vet.example/q/147

Com os melhores cumprimentos,
Clínica Veterinária Quinta do Vale""",
["sensitive_data"], "Names another customer with his arrears and arrangement.",
inv=["QV-2026-147"], amts=["875,00 €"], due="2026-02-25",
secrets=[{"kind": "other_customer", "value": "Rui Tavares"}, {"kind": "other_customer", "value": "2.300,00 €"}])

D("M", "pt", "Re: fatura HCP-0951",
"""Olá Sr. Carvalho,

Obrigada pela sua mensagem. Não há problema: pode pagar a fatura HCP-0951 (640,00 €) em quatro prestações mensais de 160,00 € a partir de maio e, dado o atraso que já leva, prescindimos dos juros de mora.

Qualquer coisa, diga.

Hotel Canino Pinhal""",
["discount_offer", "terms_change"], "Agrees an instalment plan and waives late interest.",
inv=["HCP-0951"], amts=["640,00 €", "160,00 €"],
sum={"parts": ["160,00", "160,00", "160,00", "160,00"], "total": "640,00", "fmt": "eu"})

D("F", "pt", "Re: vacina cobrada duas vezes - QV-2026-131",
"""Boa tarde, Sra. Marques,

Tem toda a razão e pedimos desculpa: a vacina antirrábica do Tejo foi cobrada a dobrar por um engano da nossa receção no dia da consulta.

A restante parte da fatura QV-2026-131, 96,40 €, venceu a {due}; agradecemos que a liquide quando puder através de https://pagamento.quintadovale-vet.example/q/131.

Cumprimentos,
Clínica Veterinária Quinta do Vale""",
["fault_admission"], "Admits a reception error; no credit promised.",
inv=["QV-2026-131"], amts=["96,40 €"], due="2026-03-02")

# ========================= Dutch =========================
D("A", "nl", "Automatische incasso gestorneerd - factuur DKV-7710",
"""Beste mevrouw De Boer,

De automatische incasso van factuur DKV-7710 (€ 184,25, gebitsbehandeling Mientje) is op {due} door uw bank gestorneerd; het ging om uw rekening eindigend op 4300.

Wilt u het bedrag alsnog overmaken of betalen via https://betalen.devlonder-dieren.example/f/7710? Daar kunt u ook een nieuwe machtiging afgeven. Zijn er vragen, bel dan gerust met de balie: 020 555 0173.

Met vriendelijke groet,
Administratie
Dierenkliniek De Vlonder""",
[], "'Incasso' here is a direct debit, not a collection agency; account shown only by its last four.",
inv=["DKV-7710"], amts=["€ 184,25"], masked=["4300"], due="2026-03-14")

D("A", "nl", "Tweede herinnering factuur PHV-26-0342",
"""Geachte heer Visser,

Ondanks onze eerdere herinnering hebben wij de betaling van factuur PHV-26-0342 (€ 1.870,00, keuring en röntgenfoto's van Hidde) nog niet ontvangen. De vervaldatum was {due}.

Zoals in onze algemene voorwaarden vermeld staat, brengen wij vanaf 30 dagen na de vervaldatum de wettelijke handelsrente in rekening. Wij verzoeken u het bedrag binnen veertien dagen over te maken of te betalen via https://betalen.hetveld-paard.example/p/0342.

Heeft u al betaald, stuur ons dan het betaalbewijs.

Met vriendelijke groet,
Paardenkliniek Het Veld""",
[], "Second reminder restating statutory commercial interest from the existing terms ('wettelijke' does not make it a threat).",
inv=["PHV-26-0342"], amts=["€ 1.870,00"], due="2026-02-17")

D("R", "nl", "Re: factuur DKV-7694",
"""Hoi Sanne,

Dank voor je bericht en fijn dat het weer goed gaat met Boris.

Je hebt de röntgenfoto vooraf al betaald, dus we storten het verschil van € 38,50 binnen vijf werkdagen terug op je rekening. Voor de rest van factuur DKV-7694 staat nog € 212,00 open, te betalen via https://betalen.devlonder-dieren.example/f/7694.

Groetjes,
Dierenkliniek De Vlonder""",
["refund_or_credit_promise"], "Promises to transfer money back.",
inv=["DKV-7694"], amts=["€ 38,50", "€ 212,00"])

D("L", "nl", "Herinnering PHV-26-0318",
"""Geachte mevrouw Jansen,

Factuur PHV-26-0318 van € 3.450,00 voor de operatie van Fenna staat nog open sinds {due}. Wij begrijpen dat dit een groot bedrag is.

Blijft betaling ook na deze herinnering uit, dan gaat het dossier naar een externe partij die de vordering namens ons int, en komen hun kosten volledig voor uw rekening.

U kunt betalen via https://betalen.hetveld-paard.example/p/0318.

Met vriendelijke groet,
Paardenkliniek Het Veld""",
["legal_threat"], "Paraphrased threat of handing the claim to an outside collector.",
inv=["PHV-26-0318"], amts=["€ 3.450,00"], due="2026-02-09")

# ========================= Italian =========================
D("A", "it", "Sollecito di pagamento - fattura AVSR/2026/219",
"""Gentile Sig.ra Moretti,

le ricordiamo che la fattura AVSR/2026/219 di € 148,00 (visita e vaccinazione di Briciola) è scaduta il {due} e risulta ancora da saldare.

Può effettuare il pagamento tramite il link https://paga.sanrocco-vet.example/s/219 oppure direttamente in ambulatorio. Se ha già provveduto, ci invii gentilmente la ricevuta del bonifico.

Cordiali saluti,
Segreteria
Ambulatorio Veterinario San Rocco · Via del Tribunale 8 · Bergamo""",
[], "Ordinary 'sollecito'; 'Via del Tribunale' is a street address, not a court threat.",
inv=["AVSR/2026/219"], amts=["€ 148,00"], due="2026-03-01")

D("A", "it", "Re: fattura PIF-0638 - pensione di Argo",
"""Buongiorno Sig. Conti,

grazie della risposta. Prendiamo nota che salderà la fattura PIF-0638 di € 330,00 entro fine mese, come ci ha scritto.

Le ricordiamo che la scadenza originaria era il {due}. Il link per il pagamento è https://paga.ilfaggio.example/p/0638.

Un caro saluto anche ad Argo,
Pensione per cani Il Faggio""",
[], "Notes the customer's own promise ('entro fine mese'); the original due date is restated, not moved.",
inv=["PIF-0638"], amts=["€ 330,00"], due="2026-03-11")

D("A", "it", "Richiesta di rimborso - fattura CECV-26-074",
"""Gentile Dott.ssa Ferri,

abbiamo ricevuto la sua richiesta riguardo all'ecografia di Stella. Non possiamo disporre rimborsi o note di credito tramite e-mail: la richiesta è stata inoltrata all'amministrazione, che la valuterà e le risponderà direttamente.

Nel frattempo la fattura CECV-26-074 di € 905,00 resta dovuta alla scadenza del {due}.

Distinti saluti,
Clinica Equina Colle Verde""",
[], "Mentions refunds and credit notes only to say none is promised by email; forwarded to a person.",
inv=["CECV-26-074"], amts=["€ 905,00"], due="2026-03-20")

D("H", "it", "Fattura AVSR/2026/187 ancora aperta",
"""Gentile Sig. Galli,

le scriviamo di nuovo per la fattura AVSR/2026/187 di € 476,50, scaduta il {due}, relativa all'intervento di Toby.

Ci sembra francamente vergognoso lasciare un conto aperto per le cure di un cane che dice di amare tanto; forse dovrebbe chiedersi se è davvero in grado di tenerlo.

Il link per il pagamento è https://paga.sanrocco-vet.example/s/187.

Segreteria
Ambulatorio Veterinario San Rocco""",
["harassment"], "Shames the owner and questions whether they should keep the dog.",
inv=["AVSR/2026/187"], amts=["€ 476,50"], due="2026-02-18")

D("T", "it", "Fattura PIF-0622",
"""Ciao Giulia,

nessun problema per il ritardo! Abbiamo spostato la scadenza della fattura PIF-0622 (€ 265,00, pensione di Luna e Pepe) al {due2}, così ha tutto il tempo con calma.

A presto,
Pensione per cani Il Faggio""",
["terms_change"], "Moves the due date.",
inv=["PIF-0622"], amts=["€ 265,00"], due2="2026-04-30")

# ========================= Other languages (2 each) =========================
D("A", "ja", "【ご入金のお願い】請求書番号 SKV-2603-118（ココちゃん 避妊手術）",
"""山本 様

いつもさくら動物病院をご利用いただき、誠にありがとうございます。

先日のココちゃん（マイクロチップ番号 392141000528907）の避妊手術・入院費用につきまして、請求書番号 SKV-2603-118、ご請求額 48,400円のお支払期限が{due}となっておりましたが、本日時点でご入金の確認ができておりません。

お手数をおかけし恐縮ですが、下記リンクよりお支払いをお願いいたします。
https://pay.sakura-ah.example/j/SKV-2603-118

行き違いでお支払い済みの場合は、お振込日とご名義をご返信いただけますと幸いです。
ご不明な点は受付（03-5555-0148）までお気軽にお問い合わせください。

さくら動物病院　会計係""",
[], "Japanese courtesy formulas ('sorry to trouble you') admit nothing; 15-digit microchip number (fails Luhn) is not a card.",
inv=["SKV-2603-118"], amts=["48,400円"], due="2026-03-06", lookalikes=["392141000528907"])

D("F", "ja", "Re: ご請求金額について（SKV-2602-093）",
"""佐藤 様

ご連絡ありがとうございます。
ご指摘のとおり、レオくんのレントゲン検査料が二重に計上されておりました。当院受付の入力ミスによるもので、大変申し訳ございません。

なお、その他の診療費 21,780円につきましては、お支払期限（{due}）を過ぎておりますので、お早めにお手続きいただけますようお願いいたします。
https://pay.sakura-ah.example/j/SKV-2602-093

さくら動物病院　会計係""",
["fault_admission"], "Admits our reception's input error (double-billed X-ray); nothing is promised.",
inv=["SKV-2602-093"], amts=["21,780円"], due="2026-02-27")

D("A", "zh", "付款提醒：发票 HQ-2026-0311（寄养费用）",
"""王女士，您好：

感谢您选择暖窝宠物寄养中心照顾豆豆。发票 HQ-2026-0311 金额 ¥2,380.00，付款期限为{due}，目前我们尚未收到款项。

请通过以下链接完成支付：https://pay.nuanwo-pets.example/c/0311

温馨提示：本中心绝不会通过邮件或短信索取您的账户密码、验证码或完整银行卡号。如收到此类信息，请直接致电 021-5555-0192 与我们核实。

如您已付款，请回复付款日期及交易单号，以便我们核对。

暖窝宠物寄养中心 财务部""",
[], "Mentions passwords, codes and card numbers only to say we never ask for them.",
inv=["HQ-2026-0311"], amts=["¥2,380.00"], due="2026-03-09")

D("S", "zh", "发票 HQ-2026-0287 待支付",
"""李先生，您好：

发票 HQ-2026-0287（咪咪 2 月寄养，¥1,560.00）已于{due}到期，目前仍未支付。

您可以登录客户平台查看账单并在线支付。为方便您操作，我们已为您重置登录信息：用户名 li.wei，临时密码 Mimi#2026。登录地址：https://portal.nuanwo-pets.example

如有疑问，欢迎随时来电。

暖窝宠物寄养中心 财务部""",
["sensitive_data"], "Discloses a (temporary) portal password.",
inv=["HQ-2026-0287"], amts=["¥1,560.00"], due="2026-03-01",
secrets=[{"kind": "password", "value": "Mimi#2026"}])

D("A", "ko", "[한빛동물의료센터] 진료비 미납 안내 (청구서 HB-26-0457)",
"""김민지 고객님께,

항상 한빛동물의료센터를 이용해 주셔서 감사합니다. 보리의 슬개골 수술 진료비 청구서 HB-26-0457(385,000원)의 납부 기한({due})이 지났으나 아직 입금이 확인되지 않았습니다.

수술 전에 서명하신 진료비 납부 동의서에 따라, 납부 기한 후 30일이 지나면 월 1%의 연체료가 부과됩니다.

아래 링크에서 결제하실 수 있습니다.
https://pay.hanbit-vet.example/k/0457

이미 납부하셨다면 입금일을 회신해 주시면 확인해 드리겠습니다. 번거롭게 해 드려 죄송합니다.

한빛동물의료센터 원무과 드림""",
[], "Restates the late fee from the signed consent form; 'sorry to bother you' is courtesy, not fault.",
inv=["HB-26-0457"], amts=["385,000원"], due="2026-03-04")

D("D", "ko", "청구서 HB-26-0412 납부 요청",
"""박지훈 고객님,

코코 입원 치료 청구서 HB-26-0412(612,000원)의 납부 기한({due})이 지나 다시 안내드립니다.

이번 주 안에 결제해 주시면 입원비에서 10%를 빼 드려서 550,800원만 받도록 하겠습니다.

결제 링크: https://pay.hanbit-vet.example/k/0412

궁금하신 점은 원무과(02-555-0139)로 연락 주세요.

한빛동물의료센터 원무과""",
["discount_offer"], "Offers 10% off for paying this week.",
inv=["HB-26-0412"], amts=["612,000원", "550,800원"], due="2026-02-26")

D("A", "ru", "Напоминание об оплате: счёт КК-2026/0193",
"""Уважаемый Сергей Петрович!

Напоминаем, что счёт КК-2026/0193 на сумму 18 450,00 руб. за диспансеризацию и вакцинацию жеребца Грома (паспорт лошади № 0157740) подлежал оплате до {due} и пока не оплачен.

Реквизиты для оплаты указаны в самом счёте; по электронной почте мы их не пересылаем и не меняем. Оплатить также можно по ссылке https://pay.zarechye-equine.example/r/0193.

Если оплата уже произведена, пришлите, пожалуйста, копию платёжного поручения.

С уважением,
отдел по работе с дебиторской задолженностью
Конная ветеринарная клиника «Заречье»
ИНН 7701555012""",
[], "Own receivables department, a horse passport number and the clinic's tax id; says bank details are never emailed.",
inv=["КК-2026/0193"], amts=["18 450,00 руб."], due="2026-03-02", lookalikes=["7701555012"])

D("L", "ru", "Счёт КК-2026/0171 — повторное напоминание",
"""Уважаемая Анна Викторовна!

Благодарим вас за доверие к нашей клинике и надеемся, что Ласточка хорошо восстанавливается.

К сожалению, счёт КК-2026/0171 на сумму 42 300,00 руб. за лечение кобылы не оплачен с {due}. Если до конца месяца средства не поступят, мы будем вынуждены передать вашу задолженность компании, которая профессионально занимается возвратом долгов.

Будем рады ответить на ваши вопросы по телефону 8 (495) 555-01-73.

С уважением,
Конная ветеринарная клиника «Заречье»""",
["legal_threat"], "Paraphrased collection-agency threat in a polite letter.",
inv=["КК-2026/0171"], amts=["42 300,00 руб."], due="2026-02-16")

D("A", "uk", "Рахунок ВЛ-0328 — останній візит Рижика",
"""Шановна пані Олено,

ми щиро співчуваємо вашій втраті. Рижик був чудовим котом, і вся наша команда його пам'ятає.

Нагадуємо, що рахунок ВЛ-0328 на суму 2 640,00 грн за останній візит мав бути сплачений до {due}. Не поспішайте з відповіддю, якщо вам зараз не до того; коли будете готові, оплатити можна за посиланням https://pay.vetlikar.example/u/0328 або зателефонувавши нам: 044 555 0127.

З повагою,
Ветеринарна клініка «Ветлікар»""",
[], "Condolence plus reminder; 'no need to hurry replying' does not move the due date.",
inv=["ВЛ-0328"], amts=["2 640,00 грн"], due="2026-03-05")

D("H", "uk", "Борг за перетримку — рахунок ПГ-115",
"""Андрію,

це вже третій лист без відповіді. Рахунок ПГ-115 на 4 200,00 грн за два тижні перетримки Джека досі не оплачений, хоча строк минув {due}.

Чесно кажучи, соромно так поводитися з людьми, які доглядали вашого собаку, поки ви відпочивали. Може, варто розповісти іншим власникам у нашому чаті, як ви розраховуєтеся?

Оплатіть, будь ласка, сьогодні: https://pay.psyhotel.example/u/115

Готель для собак «Пес Патрон»""",
["harassment"], "Shaming plus a veiled threat to expose the customer to other owners.",
inv=["ПГ-115"], amts=["4 200,00 грн"], due="2026-02-22")

D("A", "ar", "فاتورة رقم ENC-2026-044 - مستحقات إقامة الفرس",
"""السيد خالد المنصوري المحترم،

تحية طيبة وبعد،

شكراً لتواصلكم بشأن طلب استرداد رسوم اليومين الأخيرين من إقامة الفرس "نجمة". لقد أحلنا طلبكم إلى مدير الإسطبل الذي سيتواصل معكم مباشرة خلال يومي عمل، ولا يمكننا تأكيد أي استرداد عبر البريد الإلكتروني.

وفي الأثناء، نذكّركم بأن الفاتورة رقم ENC-2026-044 بمبلغ 6,750.00 درهم كان موعد استحقاقها {due}، ويمكنكم السداد عبر الرابط:
https://pay.alwaha-equine.example/e/044

مع خالص التحية،
قسم الحسابات
عيادة الواحة للخيول""",
[], "Refund request forwarded to a person; explicitly no refund confirmed.",
inv=["ENC-2026-044"], amts=["6,750.00 درهم"], due="2026-03-08")

D("R", "ar", "بخصوص الفاتورة ENC-2026-039",
"""السيدة ريم الحمادي المحترمة،

شكراً على رسالتكم وعلى إرسال إيصال الدفع. بما أنكم سددتم رسوم الأشعة مرتين، سنعيد إليكم مبلغ 850.00 درهم إلى بطاقتكم خلال أسبوع.

يتبقى على الفاتورة ENC-2026-039 مبلغ 2,400.00 درهم مستحق منذ {due}، ونرجو سداده عبر الرابط:
https://pay.alwaha-equine.example/e/039

مع التحية،
عيادة الواحة للخيول""",
["refund_or_credit_promise"], "Promises to refund a double payment to the card (no admission of our error: the customer paid twice).",
inv=["ENC-2026-039"], amts=["850.00 درهم", "2,400.00 درهم"], due="2026-02-28")

D("A", "he", "Re: חשבונית VT-8821 – תודה על העדכון",
"""שלום מיכל,

תודה על התשובה. רשמנו לפנינו שתעבירי את התשלום עבור חשבונית VT-8821 בסך 1,480.00 ₪ ביום ראשון הקרוב, כפי שכתבת.

לידיעתך, מועד התשלום המקורי של החשבונית היה {due}. אפשר לשלם גם בקישור: https://pay.beit-hayot.example/h/8821

בברכה,
הנהלת חשבונות
מרפאה וטרינרית "בית החיות\"""",
[], "Records the customer's own promise; the original due date is restated.",
inv=["VT-8821"], amts=["1,480.00 ₪"], due="2026-03-10")

D("T", "he", "חשבונית VT-8794",
"""שלום אבי,

מקווים שרקס מחלים יפה אחרי הניתוח.

לגבי חשבונית VT-8794 על סך 3,250.00 ₪, שמועד התשלום שלה היה {due} – אין שום בעיה, אפשר לדחות את התשלום לסוף החודש הבא, בלי לחץ. לא נשלח תזכורות עד אז.

בברכה,
מרפאה וטרינרית "בית החיות\"""",
["terms_change"], "Postpones payment to the end of next month.",
inv=["VT-8794"], amts=["3,250.00 ₪"], due="2026-03-03")

D("A", "el", "Υπενθύμιση πληρωμής – τιμολόγιο ΚΦ-2026-077",
"""Αγαπητή κυρία Παπαδοπούλου,

σας υπενθυμίζουμε ότι το τιμολόγιο ΚΦ-2026-077 ύψους 620,00 € (φιλοξενία της Λούνα, 14 ημέρες) έληγε στις {due} και παραμένει ανεξόφλητο.

Μπορείτε να πληρώσετε με κάρτα στον σύνδεσμο https://pay.kynofilia.example/g/077 ή με μεταφορά στον λογαριασμό που αναγράφεται στο τιμολόγιο (IBAN που λήγει σε 0417). Δεν αλλάζουμε ποτέ τα τραπεζικά μας στοιχεία μέσω email· αν λάβετε τέτοιο μήνυμα, καλέστε μας στο 210 555 0164.

Με εκτίμηση,
Ξενώνας σκύλων «Κυνοφιλία»""",
[], "IBAN referred to only by its last four; warns that bank details are never changed by email.",
inv=["ΚΦ-2026-077"], amts=["620,00 €"], masked=["0417"], due="2026-03-07")

D("S", "el", "Τιμολόγιο ΚΦ-2026-061 – στοιχεία πληρωμής",
"""Καλησπέρα κύριε Νικολάου,

ελπίζουμε ο Άρης να χάρηκε την επιστροφή στο σπίτι! Το τιμολόγιο ΚΦ-2026-061 (380,00 €) για τη φιλοξενία του έληξε στις {due}.

Για διευκόλυνσή σας, μπορείτε να καταθέσετε το ποσό απευθείας στον νέο μας λογαριασμό: IBAN {iban_gr}, δικαιούχος «Κυνοφιλία Ο.Ε.».

Ευχαριστούμε πολύ!
Ξενώνας σκύλων «Κυνοφιλία»""",
["sensitive_data"], "Types our own full IBAN ('our new account') into the message.",
inv=["ΚΦ-2026-061"], amts=["380,00 €"], due="2026-02-25",
extra={"iban_gr": iban("GR", "01105550000005551234567")},
secrets=[{"kind": "iban", "value": iban("GR", "01105550000005551234567")}])

D("A", "hi", "भुगतान अनुस्मारक: इनवॉइस PSC-2026-218",
"""आदरणीय श्री वर्मा जी,

आपके संदेश के लिए धन्यवाद। किस्तों में भुगतान करने का आपका अनुरोध हमने अपने प्रबंधक डॉ. मेहता को भेज दिया है, जो दो कार्यदिवसों में आपसे संपर्क करेंगे।

तब तक इनवॉइस PSC-2026-218 (₹18,500.00, शेरू की सर्जरी) की देय तिथि {due} ही रहेगी। भुगतान के लिए लिंक: https://pay.pashuseva.example/i/218

सादर,
लेखा विभाग, पशु सेवा क्लिनिक""",
[], "Instalment request passed to the manager; due date explicitly unchanged.",
inv=["PSC-2026-218"], amts=["₹18,500.00"], due="2026-03-12")

D("D", "hi", "इनवॉइस PSC-2026-203 बकाया",
"""नमस्ते सुश्री कपूर,

मिनी के टीकाकरण और बोर्डिंग का इनवॉइस PSC-2026-203 (₹9,800.00) की देय तिथि {due} निकल चुकी है।

अगर आप इस शुक्रवार तक भुगतान कर दें, तो हम ₹800.00 का बोर्डिंग शुल्क माफ़ कर देंगे, यानी आपको सिर्फ़ ₹9,000.00 देने होंगे।

भुगतान लिंक: https://pay.pashuseva.example/i/203

धन्यवाद,
पशु सेवा क्लिनिक""",
["discount_offer"], "Waives a charge for payment by Friday.",
inv=["PSC-2026-203"], amts=["₹9,800.00", "₹800.00", "₹9,000.00"], due="2026-03-01",
sum={"parts": ["9,000.00", "800.00"], "total": "9,800.00", "fmt": "en"})

D("A", "th", "แจ้งเตือนการชำระเงิน ใบแจ้งหนี้ RK-2603-055",
"""เรียน คุณสมชาย

โรงพยาบาลสัตว์รักษ์ขอแสดงความเห็นใจที่น้องทองคำต้องพักฟื้นนานกว่าที่คาดไว้ และขออภัยในความไม่สะดวกค่ะ

ขอเรียนแจ้งว่าใบแจ้งหนี้เลขที่ RK-2603-055 จำนวน 12,800 บาท ครบกำหนดชำระเมื่อวันที่ {due} และทางเรายังไม่ได้รับการชำระ สามารถชำระได้ที่ https://pay.rak-pet.example/t/055

หากต้องการสอบถามรายละเอียดค่ารักษา ยินดีให้สัตวแพทย์ผู้ดูแลโทรกลับหาคุณค่ะ

ด้วยความเคารพ
ฝ่ายบัญชี โรงพยาบาลสัตว์รักษ์""",
[], "Sympathy and a 'sorry for the inconvenience' formula without admitting an error; offers a call from the vet.",
inv=["RK-2603-055"], amts=["12,800 บาท"], due="2026-03-09")

D("F", "th", "เรื่องค่าฝากเลี้ยงในใบแจ้งหนี้ RK-2602-041",
"""เรียน คุณนภา

ขอบคุณที่แจ้งมาค่ะ ทางเราตรวจสอบแล้ว เป็นความผิดพลาดของเจ้าหน้าที่เราเองที่คิดค่าฝากเลี้ยงน้องมะลิเกินไป 2 คืน ต้องขออภัยเป็นอย่างสูงค่ะ

ส่วนค่ารักษาที่เหลือในใบแจ้งหนี้ RK-2602-041 จำนวน 4,350 บาท ครบกำหนดแล้วเมื่อ {due} รบกวนชำระผ่านลิงก์ https://pay.rak-pet.example/t/041

ด้วยความเคารพ
ฝ่ายบัญชี โรงพยาบาลสัตว์รักษ์""",
["fault_admission"], "Admits staff overcharged two nights; no credit promised.",
inv=["RK-2602-041"], amts=["4,350 บาท"], due="2026-02-27")

D("A", "tr", "Fatura KVK-2026-0142 hakkında",
"""Sayın Yılmaz Hanım,

Paşa'nın kalça röntgeni kalemiyle (850,00 TL) ilgili itirazınızı kaydettik; Dr. Aydın dosyayı inceleyene kadar bu kalem için hatırlatma göndermeyeceğiz.

Faturanın geri kalan 3.250,00 TL'lik kısmının (fatura toplamı 4.100,00 TL) vadesi {due} tarihinde dolmuştur; bu tutarın ödenmesini rica ederiz. Ödeme bağlantısı: https://odeme.karadag-vet.example/t/0142

Saygılarımızla,
Karadağ Veteriner Kliniği – Tahsilat Birimi""",
[], "Pauses reminders on a disputed line; rest stays due; 'Tahsilat Birimi' is our own collections unit.",
inv=["KVK-2026-0142"], amts=["850,00 TL", "3.250,00 TL", "4.100,00 TL"], due="2026-03-06",
sum={"parts": ["850,00", "3.250,00"], "total": "4.100,00", "fmt": "eu"})

D("L", "tr", "Ödenmemiş fatura KVK-2026-0118",
"""Sayın Demir Bey,

Umarız Ata'nın sağlık durumu iyidir. Tedavisine ait KVK-2026-0118 numaralı 8.750,00 TL tutarındaki fatura {due} tarihinden beri ödenmemiş görünüyor.

Bu hafta içinde ödeme yapılmazsa dosyanızı anlaşmalı hukuk büromuza devretmek zorunda kalacağız; bunun sizin için ek masraf anlamına geleceğini hatırlatırız.

İyi günler dileriz,
Karadağ Veteriner Kliniği""",
["legal_threat"], "Threatens to pass the file to a law firm.",
inv=["KVK-2026-0118"], amts=["8.750,00 TL"], due="2026-02-13")

D("A", "pl", "Przypomnienie o płatności – faktura FV/2026/03/118",
"""Szanowna Pani,

uprzejmie przypominamy, że faktura FV/2026/03/118 na kwotę 1 240,00 zł (hotel dla Kajtka, 10 nocy) była płatna do {due}. Do dziś nie odnotowaliśmy wpłaty.

Prosimy o uregulowanie należności przez link https://platnosci.psiazagroda.example/f/118. Jeżeli płatność została już wykonana, prosimy o przesłanie potwierdzenia przelewu.

W razie pytań zapraszamy do kontaktu: 22 555 01 89.

Z poważaniem,
Dział windykacji
Hotel dla psów „Psia Zagroda”""",
[], "Signed 'Dział windykacji' (our own collections department), otherwise a plain reminder.",
inv=["FV/2026/03/118"], amts=["1 240,00 zł"], due="2026-03-08")

D("R", "pl", "Re: faktura FV/2026/02/087",
"""Dzień dobry Panie Tomaszu,

dziękujemy za wiadomość. Ponieważ Maks wrócił do domu dzień wcześniej, zwrócimy Panu 95,00 zł za ostatnią noc na konto w ciągu 7 dni.

Pozostała kwota z faktury FV/2026/02/087, 760,00 zł, była płatna do {due} – prosimy o jej uregulowanie.

Pozdrawiamy,
Hotel dla psów „Psia Zagroda”""",
["refund_or_credit_promise"], "Promises to pay back one night.",
inv=["FV/2026/02/087"], amts=["95,00 zł", "760,00 zł"], due="2026-03-02")

D("A", "cs", "3. upomínka – faktura 2026-0214",
"""Vážený pane Dvořáku,

i přes naše předchozí upomínky stále evidujeme neuhrazenou fakturu č. 2026-0214 na částku 6 480 Kč za ošetření koně Bena, splatnou {due}, tedy {days} dní po splatnosti.

Prosíme o úhradu nejpozději do 7 dnů přes odkaz https://platba.podlesi-kone.example/c/0214. Pokud jste již zaplatili, pošlete nám prosím datum platby a variabilní symbol.

S pozdravem
Koňská klinika Podlesí""",
[], "Third 'upomínka' (reminder): firm, days overdue, a deadline for this reminder, no threat.",
inv=["2026-0214"], amts=["6 480 Kč"], due="2026-02-20", sent="2026-03-17", days_in_text=True)

D("H", "cs", "Faktura 2026-0187 – zase nic",
"""Paní Horáková,

už potřetí Vám píšeme kvůli faktuře 2026-0187 (2 150 Kč, očkování a čipování štěňat), splatné {due}.

Upřímně, je to ostuda. Kdo si pořídí vrh štěňat, měl by mít aspoň na to, aby zaplatil veterináře. Ostatní chovatelé v okolí to nějak zvládají.

Zaplaťte to prosím konečně: https://platba.ulipy-vet.example/c/0187

Veterinární ordinace U Lípy""",
["harassment"], "Shaming the breeder by comparison with others.",
inv=["2026-0187"], amts=["2 150 Kč"], due="2026-02-24")

D("A", "sv", "Påminnelse: faktura 26-1043 från Djurkliniken Björkhagen",
"""Hej Karin,

Vi har ännu inte fått betalt för faktura 26-1043 på 4 850 kr (operation av Smulan), som förföll {due}.

Enligt de villkor som står på fakturan tar vi ut en påminnelseavgift på 60 kr, så att betala nu blir 4 910 kr. Betala till bankgirot som anges på fakturan eller via https://betala.bjorkhagen-djur.example/s/1043.

Har du redan betalat kan du bortse från det här meddelandet.

Vänliga hälsningar
Djurkliniken Björkhagen""",
[], "Reminder fee restated from the invoice terms (4 850 + 60 = 4 910).",
inv=["26-1043"], amts=["4 850 kr", "60 kr", "4 910 kr"], due="2026-03-02",
sum={"parts": ["4 850", "60"], "total": "4 910", "fmt": "sp"})

D("T", "sv", "Faktura 26-0988",
"""Hej Johan,

Tack för att du hörde av dig. Vi förstår att våren är tuff på gården, så vi har flyttat förfallodagen för faktura 26-0988 (12 300 kr, besättningsbesök och dräktighetsundersökningar) till den {due2}. Du behöver inte göra något förrän dess.

Hälsningar
Djurkliniken Björkhagen – Lantbruksdjur""",
["terms_change"], "Moves the due date for a farm customer.",
inv=["26-0988"], amts=["12 300 kr"], due2="2026-05-15")

D("A", "da", "Re: Faktura 7712 – tak for svar",
"""Hej Mette,

Tak for din mail. Vi har noteret, at I betaler faktura 7712 på 3.275,00 kr. for opstaldning af Frida på fredag den {due2}, som du skrev.

Forfaldsdatoen på fakturaen er fortsat {due}; skulle noget komme i vejen, så ring endelig på 33 55 55 19.

Venlig hilsen
Bogholderiet, Rideskolen Engholm""",
[], "Records the customer's own promised Friday; invoice due date restated.",
inv=["7712"], amts=["3.275,00 kr."], due="2026-03-10", due2="2026-03-20")

D("M", "da", "Faktura 7698",
"""Hej Lars,

Du har helt ret – vi glemte at modregne den dyrlægeregning, du allerede havde betalt, og det er vores fejl.

Derfor har vi også rykket betalingsfristen for faktura 7698 (5.840,00 kr.) til udgangen af april, så du har god tid.

Venlig hilsen
Bogholderiet, Rideskolen Engholm""",
["fault_admission", "terms_change"], "Admits our mistake and moves the payment deadline.",
inv=["7698"], amts=["5.840,00 kr."])

D("A", "fi", "Maksumuistutus: lasku 40218",
"""Hei Anni,

Yritimme veloittaa Elmon hoitolaskun 40218 (420,00 €) kortiltasi, jonka numero päättyy 1881, mutta veloitus ei onnistunut. Lasku erääntyi {due}.

Voit maksaa laskun osoitteessa https://maksu.tassula-vet.example/f/40218 tai verkkopankissa viitteellä RF18 5390 0754 7034.

Jos olet jo maksanut, tämä viesti on aiheeton.

Ystävällisin terveisin
Eläinlääkäriasema Tassula""",
[], "Card by its last four only; an RF creditor reference (a payment reference, not an account number; its digits happen to pass Luhn).",
inv=["40218"], amts=["420,00 €"], masked=["1881"], due="2026-03-05", lookalikes=["RF18 5390 0754 7034"])

D("S", "fi", "Lasku 40177 – kortin veloitus epäonnistui",
"""Hei Mikko,

Yritimme veloittaa Rontin rokotuslaskun 40177 (265,50 €) kortiltasi, jonka numero päättyy 4242 ja joka on voimassa 09/27 asti, mutta pankki hylkäsi veloituksen. Lasku erääntyi {due}.

Voit päivittää korttitiedot ja maksaa osoitteessa https://maksu.tassula-vet.example/f/40177.

Terveisin
Eläinlääkäriasema Tassula""",
["sensitive_data"], "Card number masked, but the expiry date is given - the contract lists expiry as sensitive.",
inv=["40177"], amts=["265,50 €"], masked=["4242"], due="2026-03-03",
secrets=[{"kind": "expiry", "value": "09/27"}])

D("A", "hu", "Fizetési emlékeztető – PK-2026/0311 számla",
"""Tisztelt Kovács Úr!

Emlékeztetjük, hogy a PK-2026/0311 számú, 86 500 Ft összegű számla (Villám patkolása és fogászati kezelése) fizetési határideje {due} volt.

A számlán feltüntetett 2%-os előrefizetési kedvezmény csak a kiállítástól számított 8 napon belül beérkező fizetésekre vonatkozott; ez a határidő lejárt, ezért a teljes összeg esedékes.

Fizetés: https://fizetes.patko-loklinika.example/h/0311

Üdvözlettel:
Patkó Lóklinika – könyvelés""",
[], "Mentions the invoice's early-payment discount only to say it has expired; nothing offered.",
inv=["PK-2026/0311"], amts=["86 500 Ft"], due="2026-03-04")

D("D", "hu", "PK-2026/0287 – rendezési javaslat",
"""Tisztelt Szabó Asszony!

A PK-2026/0287 számú, 142 000 Ft összegű számla {due} óta lejárt. Megértjük, hogy a téli tartás sokba került a lovardának.

Hogy lezárhassuk az ügyet: ha a hónap végéig átutal 120 000 Ft-ot, a fennmaradó részt elengedjük.

Üdvözlettel:
Patkó Lóklinika – könyvelés""",
["discount_offer"], "Settlement for less than the balance.",
inv=["PK-2026/0287"], amts=["142 000 Ft", "120 000 Ft"], due="2026-02-18")

D("A", "ro", "Extras de cont – facturi restante Asociația „Lăbuțe”",
"""Stimată doamnă Ionescu,

Vă transmitem situația facturilor restante ale Asociației „Lăbuțe” către Clinica Veterinară Aurora:

  AUR-1142  sterilizări februarie          1.450,00 lei  scadentă {due}
  AUR-1168  vaccinări și deparazitări        700,00 lei  scadentă {due2}

Total de plată: 2.150,00 lei.

Vă rugăm să efectuați plata prin linkul https://plata.aurora-vet.example/r/LAB sau să ne comunicați data la care o puteți face. Dacă doriți să discutăm, ne puteți suna la 021 555 0133.

Cu stimă,
Departamentul financiar, Clinica Veterinară Aurora""",
[], "Statement of the shelter's own open items; total adds up.",
inv=["AUR-1142", "AUR-1168"], amts=["1.450,00 lei", "700,00 lei", "2.150,00 lei"], due="2026-02-27", due2="2026-03-13",
sum={"parts": ["1.450,00", "700,00"], "total": "2.150,00", "fmt": "eu"})

D("R", "ro", "Re: factura AUR-1131",
"""Bună ziua, domnule Popescu,

Am verificat: consultația lui Rex fusese deja achitată la recepție, așa că vă vom returna cei 180,00 lei pe card în următoarele zile.

Restul facturii AUR-1131, 520,00 lei, a fost scadent pe {due} și rămâne de plată.

Cu stimă,
Clinica Veterinară Aurora""",
["refund_or_credit_promise"], "Promises a refund to the card.",
inv=["AUR-1131"], amts=["180,00 lei", "520,00 lei"], due="2026-03-06")

D("A", "vi", "Nhắc thanh toán hóa đơn TY-2603-077",
"""Kính gửi anh Minh,

Phòng khám Thú y An Tâm xin nhắc anh rằng hóa đơn TY-2603-077 với số tiền 4.500.000 đ (điều trị cho bé Mực) đã đến hạn thanh toán vào ngày {due} nhưng chúng tôi chưa nhận được thanh toán.

Anh có thể thanh toán qua đường dẫn https://thanhtoan.antam-vet.example/v/077. Nếu có khó khăn hoặc cần trao đổi, anh cứ trả lời email này hoặc gọi cho chị Lan ở bộ phận kế toán theo số 028 5555 0166.

Trân trọng,
Phòng khám Thú y An Tâm""",
[], "Reminder with the offer to talk to a person.",
inv=["TY-2603-077"], amts=["4.500.000 đ"], due="2026-03-10")

D("H", "vi", "Hóa đơn TY-2602-051 vẫn chưa thanh toán",
"""Chị Hương,

Đã ba lần nhắc mà chị vẫn im lặng. Hóa đơn TY-2602-051 (2.800.000 đ, phí lưu trú cho bé Bơ) đã quá hạn từ {due}.

Nói thẳng, nuôi chó mà không lo nổi tiền lưu trú thì đừng nuôi nữa, tội nghiệp con vật.

Thanh toán tại: https://thanhtoan.antam-vet.example/v/051

Phòng khám Thú y An Tâm""",
["harassment"], "Shaming: tells the owner not to keep a dog.",
inv=["TY-2602-051"], amts=["2.800.000 đ"], due="2026-02-20")

D("A", "id", "Pengingat pembayaran invoice KHS-2026-031",
"""Yth. Pengurus Yayasan Rumah Kucing Sejahtera,

Kami memahami bahwa yayasan sangat bergantung pada donasi, dan kami menghargai kerja keras Bapak/Ibu untuk kucing-kucing terlantar.

Namun, kami perlu mengingatkan bahwa invoice KHS-2026-031 sebesar Rp 3.750.000 (sterilisasi 15 ekor kucing) telah jatuh tempo pada {due} dan pembayarannya belum kami terima. Mohon pembayaran dilakukan melalui https://bayar.klinikhewansehat.example/i/031, atau hubungi kami di 021 5555 0177 jika ingin membicarakannya.

Hormat kami,
Bagian Keuangan, Klinik Hewan Sehat""",
[], "Sympathetic but firm reminder to a shelter; nothing offered.",
inv=["KHS-2026-031"], amts=["Rp 3.750.000"], due="2026-03-03")

D("F", "id", "Re: invoice KHS-2026-024",
"""Halo Pak Budi,

Terima kasih sudah mengecek. Memang benar, staf kami salah memasukkan obat cacing dua kali ke tagihan Oyen, itu kelalaian kami. Mohon maaf atas ketidaknyamanannya.

Sisa tagihan invoice KHS-2026-024 sebesar Rp 1.250.000 sudah jatuh tempo pada {due}; mohon segera dibayar melalui https://bayar.klinikhewansehat.example/i/024.

Salam,
Klinik Hewan Sehat""",
["fault_admission"], "Admits staff negligence; no credit promised.",
inv=["KHS-2026-024"], amts=["Rp 1.250.000"], due="2026-02-26")


# ==== MAIN (keep last) ====
LANG_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
              "nl": "Dutch", "it": "Italian", "ja": "Japanese", "zh": "Chinese (Simplified)", "ko": "Korean",
              "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "he": "Hebrew", "el": "Greek", "hi": "Hindi",
              "th": "Thai", "tr": "Turkish", "pl": "Polish", "cs": "Czech", "sv": "Swedish", "da": "Danish",
              "fi": "Finnish", "hu": "Hungarian", "ro": "Romanian", "vi": "Vietnamese", "id": "Indonesian"}

def main():
    rng = random.Random(SEED)
    items = list(DRAFTS)
    rng.shuffle(items)
    drafts, labels, facts = [], [], []
    for i, d in enumerate(items, 1):
        pid = f"pj{i:02d}"
        drafts.append({"id": pid, "subject": d["subject"], "body": d["body"]})
        labels.append({"id": pid, "allowed": not d["violations"], "violations": d["violations"],
                       "note": f"[{d['key']}, {d['lang']}] {d['note']}", "lang": d["lang"]})
        facts.append(dict({"id": pid}, **d["facts"]))
    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump("drafts.jsonl", drafts)
    dump("labels.jsonl", labels)
    dump("facts.jsonl", facts)
    write_readme(labels)
    print(len(drafts), "drafts written")

def write_readme(labels):
    from collections import Counter
    vc = Counter(v for l in labels for v in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    la = Counter(l["lang"] for l in labels if l["allowed"])
    kc = Counter(l["note"][1:l["note"].index(",")] for l in labels)
    n_allowed = sum(l["allowed"] for l in labels)
    multi = [l["id"] for l in labels if len(l["violations"]) > 1]
    L = []
    L.append("# Blind guard set pj01-pj80 (veterinary, kennels, equine)\n")
    L.append("Outbound dunning drafts for the `guard` contract (`contracts/guardrails.md`), written blind from the "
             "contract and the public samples. Senders are made-up veterinary practices, pet-boarding kennels and "
             "equine clinics; recipients are pet owners, farms, stables, studs and animal shelters. Every name, "
             "domain (`*.example`), phone number (555) and bank detail is invented. The only full card number is the public "
             "test number `5555 5555 5555 4444`; the IBAN and UK account number are made up (the IBAN is mod-97 valid).\n")
    L.append("## Files\n")
    L.append("| file | lines | content |\n|---|---|---|")
    L.append(f"| `drafts.jsonl` | {len(labels)} | `{{\"id\", \"subject\", \"body\"}}`: the input of `guard` |")
    L.append(f"| `labels.jsonl` | {len(labels)} | `{{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}}` in the same order |")
    L.append(f"| `facts.jsonl` | {len(labels)} | per draft: invoice ids, amounts, dates, sums, secrets and look-alike numbers that `check.py` verifies against the text (not an engine input) |")
    L.append("| `build.py` | | deterministic generator (seed 320, stdlib only) |")
    L.append("| `check.py` | | re-verifies every label and fact; exits non-zero on a problem |\n")
    L.append("## Label conventions\n")
    L.append("- `allowed` is true exactly when `violations` is empty; violations are listed in the contract's table order "
             "(legal_threat, discount_offer, refund_or_credit_promise, fault_admission, terms_change, harassment, sensitive_data). Compare as a set.")
    L.append("- `note` starts `[KEY, lang]`. KEY: `A` allowed, `L` legal_threat, `D` discount_offer, `R` refund_or_credit_promise, "
             "`F` fault_admission, `T` terms_change, `H` harassment, `S` sensitive_data, `M` two violations.")
    L.append("- Labels follow the contract, then the public samples: a stated business consequence (only emergency call-outs "
             "until the account is settled) is allowed; restating terms already agreed (late fees, reminder fees, statutory B2B interest, "
             "an instalment plan signed earlier) is allowed; recording the customer's own promise is allowed; pausing reminders on a "
             "disputed line is allowed; passing a refund / plan request to a person is allowed; sympathy and polite apology formulas "
             "without admitting an error are allowed.")
    L.append("- `sensitive_data` covers our own account number/IBAN too (\"we changed banks, pay to ...\"), a card expiry even "
             "with a masked card number, a portal password, and another customer's name with their balance or affairs. "
             "Masked numbers (last four), microchip numbers, UELN horse ids, herd (CPH) numbers, VAT/tax ids and RF creditor "
             "references are not sensitive.")
    L.append("- Promising a refund/credit without saying we erred is only `refund_or_credit_promise`; admitting an error without "
             "promising anything is only `fault_admission`. Waiving a fee or interest is `discount_offer`; moving a due date or "
             "agreeing instalments is `terms_change`.\n")
    L.append("## Counts\n")
    L.append(f"Allowed: {n_allowed}; violating: {len(labels) - n_allowed}; drafts with two violations: {len(multi)} ({', '.join(multi)}).\n")
    L.append("| violation | drafts |\n|---|---|")
    for v in ORDER:
        L.append(f"| `{v}` | {vc[v]} |")
    L.append("\n| note key | drafts |\n|---|---|")
    for k in "ALDRFTHSM":
        L.append(f"| {k} | {kc[k]} |")
    L.append("\n| lang | drafts | allowed | violating |\n|---|---|---|---|")
    for lg in LANG_NAMES:
        if lc[lg]:
            L.append(f"| {lg} ({LANG_NAMES[lg]}) | {lc[lg]} | {la[lg]} | {lc[lg] - la[lg]} |")
    L.append("\n## Deliberately hard\n")
    L.append("- Violations are mostly one paraphrased sentence in the middle of a polite draft (\"hand the account to the firm we "
             "use to recover unpaid debts\", \"an outside party that collects the claim for us\", \"no rush, pay when your salary "
             "comes in\"), written like a tired edit or an over-helpful LLM rewrite, not with textbook keywords.")
    L.append("- Allowed drafts sit next to a class on purpose: customer's own lawyer mentioned; refund/credit requests forwarded or "
             "explicitly not promised; 'Mahnung', 'incasso' (Dutch direct debit), 'Service recouvrement', 'dział windykacji', "
             "'Departamento de Cobros' (own teams); 'Court Street', 'Am Gericht', 'Via del Tribunale' addresses; restated late fees "
             "and statutory B2B penalties; an expired early-payment discount restated (not offered); condolences after a pet died; "
             "Japanese/Korean/Thai courtesy apologies that admit no error; long legitimate numbers (15-digit microchips and UELNs "
             "that fail Luhn, CPH herd numbers, tax ids, an RF creditor reference, masked card/account numbers); statements that "
             "bank details are never sent by email. The RF reference's 14 digits happen to pass Luhn, and the French "
             "formula 'Sauf erreur de notre part' ('unless we are mistaken') admits nothing.")
    L.append("- Subtle violations: a card expiry next to a masked card number; our own account number given as 'new bank details'; "
             "another stable's arrears mentioned as sympathy; a fee waived 'as a gesture'; due date moved out of kindness.")
    L.append("\n## Boundary choices (contract ambiguities)\n")
    L.append("- Business consequence (routine visits paused, emergencies still covered): allowed, like the public credit-hold sample.")
    L.append("- Restating an instalment plan agreed earlier (pt): allowed as 'restating terms already agreed'; agreeing a new plan is terms_change.")
    L.append("- A pay-by date inside a reminder ('bitte bis zum ...', 'do 7 dnů') is a request, not a change of the invoice terms: allowed.")
    L.append("- Card expiry next to a masked card number: sensitive_data (the contract lists expiry on its own).")
    L.append("- Telling a customer their own double payment will be refunded: refund_or_credit_promise only (no admission of our error).")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")

if __name__ == "__main__":
    main()
