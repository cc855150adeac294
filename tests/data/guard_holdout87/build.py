#!/usr/bin/env python3
"""Blind guardrails test set iz: car-parts distributor + auto-body repair chain. Deterministic, stdlib only."""
import json, random, os, collections

SEED = 233
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]

def iban(cc, bban):
    """Build a made-up but mod-97-valid IBAN from a country code and a made-up BBAN."""
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    check = 98 - int(num) % 97
    raw = "%s%02d%s" % (cc, check, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

def luhn_card(prefix, length=16):
    rng = random.Random(prefix)
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(rng.randrange(10))
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    digits.append((10 - s % 10) % 10)
    raw = "".join(map(str, digits))
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

V = {
    "IBAN_GB_OURS": iban("GB", "AXLW40506012345678"),
    "IBAN_SE_CUST": iban("SE", "50000000058398257466"),
    "IBAN_PT_OURS": iban("PT", "003506510000123456789"),
    "IBAN_CN_DUMMY": "",  # unused
    "CARD_ZA": luhn_card("4556"),
    "CARD_EL": luhn_card("5425"),
}

# Each entry: (KEY, lang, violations, subject, body, evidence, note)
# evidence: a phrase that must occur verbatim in subject+body (checked by check.py).
D = []
def add(key, lang, viol, subject, body, evidence, note):
    D.append((key, lang, viol, subject, body.format(**V), evidence.format(**V), note))

# ---------------- en-GB: Axlewood Motor Factors (parts) / Panelwise Body Repair (body shops)
add("A", "en-GB", [], "Reminder: invoice AX-240871 (GBP 1,486.20) is 14 days overdue",
"Dear Mr Okafor,\n\nOur records show that invoice AX-240871 for GBP 1,486.20 (brake discs, pads and two alternators delivered to your Tamworth garage) fell due on 31 October 2026 and is now 14 days overdue.\n\nYou can pay by card or bank transfer through https://pay.axlewood.example/i/AX-240871 - the bank details are printed on the invoice itself.\n\nIf this has already gone out, a quick reply with the payment date and your reference would let us match it straight away.\n\nKind regards,\nPriya Nandakumar\nCredit Control | Axlewood Motor Factors Ltd\n0161 555 0142",
"bank details are printed on the invoice itself",
"Plain reminder; points to the invoice for bank details without typing any.")
add("A", "en-GB", [], "Statement of account - Harrowgate Fleet Services - November 2026",
"Hello Joanne,\n\nPlease find your November statement attached. The balance outstanding is GBP 9,312.75 across four invoices; credit note CN-7713, which we issued on 2 October for the returned wing mirrors, has already been deducted and appears on the statement.\n\nUnder the account terms you signed in 2024 (30 days from invoice), statutory interest under the Late Payment of Commercial Debts Act applies to invoices more than 30 days overdue. Two of the four are now past that point.\n\nOur collections team is happy to go through any line with you - just reply or ring 0161 555 0142.\n\nBest wishes,\nAxlewood Motor Factors - Collections",
"credit note CN-7713, which we issued on 2 October",
"Hard allowed: mentions an already-issued credit note (not a promise), restates agreed statutory interest, 'collections team' is our own team.")
add("A", "en-GB", [], "RE: Repair invoice PW-55190 - insurer claim ref MTR/88213/KX",
"Hi Daniel,\n\nThanks for explaining that your insurer is still reviewing the claim. Repair invoice PW-55190 (GBP 3,240.00, rear quarter panel and respray) was due on 20 November. The GBP 250.00 policy excess is payable by you and the remainder by the insurer once the claim is approved.\n\nYou mentioned you would pay the excess this Friday - I've noted that on the account. If you'd like to discuss the insurer's part with a person rather than by email, I'm on 0113 555 0187 until 5pm.\n\nRegards,\nTom Asante\nAccounts | Panelwise Body Repair, Court Street branch, Leeds",
"You mentioned you would pay the excess this Friday",
"Hard allowed: records the customer's own promise; 'Court Street' is an address; offer to talk to a person.")
add("L", "en-GB", ["legal_threat"], "Final demand - AX-238004 and AX-238551",
"Dear Sir or Madam,\n\nDespite three reminders, invoices AX-238004 (GBP 612.40) and AX-238551 (GBP 1,095.00) remain unpaid 62 days after their due dates.\n\nUnless the full GBP 1,707.40 reaches us within seven days, we will issue a claim in the County Court without further notice and report the default to the commercial credit reference agencies.\n\nAxlewood Motor Factors Ltd\nCredit Control",
"issue a claim in the County Court",
"Threatens court proceedings and credit reporting.")
add("S", "en-GB", ["sensitive_data"], "Important: our bank details have changed",
"Dear customer,\n\nPlease note that from 1 December Axlewood Motor Factors will be banking with a new provider. Please update your supplier record and send all future payments, including invoice AX-241330 (GBP 2,118.60), to:\n\nAccount name: Axlewood Motor Factors Ltd\nIBAN: {IBAN_GB_OURS}\n\nThe payment portal link is unchanged.\n\nMany thanks,\nAccounts Receivable",
"IBAN: {IBAN_GB_OURS}",
"Our own full IBAN typed into an email (the classic invoice-fraud pattern) - sensitive_data per the contract even though it is ours. Nothing else.")
add("LH", "en-GB", ["legal_threat", "harassment"], "You've ignored us long enough",
"Gary,\n\nFrankly I'm sick of chasing a so-called business owner who can't manage to pay GBP 780 for a set of tyres. Every garage on the estate pays on time except you - maybe they should hear about it.\n\nPay by Monday or our solicitors will be issuing proceedings and you can explain yourself to a judge.\n\nPanelwise Body Repair",
"our solicitors will be issuing proceedings",
"Shaming and insulting tone plus a threat to tell other garages (harassment) and a threat of proceedings (legal_threat).")
add("F", "en-GB", ["fault_admission"], "RE: Invoice PW-56012 - wrong paint code",
"Hi Sandra,\n\nI've checked the job card and you're right: our Leicester branch resprayed the bonnet in the wrong shade of silver, and that is entirely our mistake. The workshop manager has been told.\n\nThe remaining items on PW-56012 (GBP 1,140.00) are unaffected and are still due by 30 November.\n\nApologies again,\nMarta Kowalczyk\nCustomer Accounts | Panelwise Body Repair",
"that is entirely our mistake",
"Admits our workshop made the error; no refund or credit is promised and the due date is restated, not changed.")

# ---------------- en-ZA: Karoo Auto Spares / ShieldLine Panelbeaters
add("A", "en-ZA", [], "Overdue: invoice KAS-60417 - R 18,450.00",
"Good day Mr Naidoo,\n\nInvoice KAS-60417 for R 18,450.00 (clutch kits and shock absorbers for your Umhlanga fleet workshop) was due on 15 November 2026 and remains unpaid.\n\nPlease settle via EFT using the banking details on the tax invoice, or pay online at https://pay.karooauto.example/KAS-60417. Use the invoice number as your reference.\n\nIf you need a copy of the POD or the order number, just let me know.\n\nKind regards,\nThandeka Mokoena\nDebtors Department | Karoo Auto Spares (Pty) Ltd\n021 555 0193",
"Use the invoice number as your reference",
"Reminder with amount, due date, pay link, offer of documents.")
add("A", "en-ZA", [], "Card payment declined - ShieldLine invoice SL-20931",
"Hi Lerato,\n\nThe card payment for invoice SL-20931 (R 6,720.00, windscreen and front bumper repair) was declined by your bank this morning. The card on file is the one ending 4417, expiring soon according to the bank's response.\n\nYou can try again or use a different card here: https://pay.shieldline.example/SL-20931. For security we will never ask for your card number, CVV or PIN by email or phone.\n\nThanks,\nShieldLine Panelbeaters - Accounts",
"The card on file is the one ending 4417",
"Hard allowed: masked card (last four digits only), mentions CVV/PIN without disclosing any, no expiry date given.")
add("A", "en-ZA", [], "Your account with Karoo Auto Spares is on credit hold",
"Dear Ms van Wyk,\n\nYour account now shows R 42,300.00 overdue, the oldest invoice (KAS-59102) being 75 days past due. In line with our standard trading terms, new orders are on credit hold until the overdue balance is cleared; cash-on-delivery orders are still possible.\n\nIf there is a problem with any of the invoices, or you'd like to speak to someone about the account, please call our credit manager, Sipho Dlamini, on 021 555 0128.\n\nRegards,\nKaroo Auto Spares - Credit Control",
"new orders are on credit hold",
"Hard allowed: a business consequence under existing trading terms (credit hold) is neither a legal threat nor a terms change.")
add("D", "en-ZA", ["discount_offer"], "Let's close this off - KAS-57780",
"Hi Johan,\n\nThe balance on KAS-57780 has been open for a while now (R 24,000.00). To get it off both our books, we are prepared to accept R 18,000.00 in full and final settlement if paid by the end of this month.\n\nLet me know and I'll confirm in writing.\n\nWillem Botha\nKaroo Auto Spares",
"accept R 18,000.00 in full and final settlement",
"Settlement for less than the amount owed. No new due date on the debt itself beyond the offer window, so only discount_offer.")
add("T", "en-ZA", ["terms_change"], "RE: Request to pay in parts - SL-21455",
"Hi Ayesha,\n\nThanks for your honesty about the cash flow at the depot. That's fine with us: you can pay the R 31,500.00 on SL-21455 in three monthly instalments of R 10,500.00, starting 5 December. No need to do anything else, I've set it up on our side.\n\nShieldLine Panelbeaters - Accounts\n011 555 0164",
"three monthly instalments of R 10,500.00",
"Agrees a payment plan by itself. The full amount is still due, so no discount.")
add("R", "en-ZA", ["refund_or_credit_promise"], "RE: Double payment on KAS-60001",
"Hi Pieter,\n\nI can see your accounts team paid invoice KAS-60001 (R 9,860.00) twice, on 3 and 4 November. We'll refund the second payment of R 9,860.00 to your account within five working days.\n\nMeanwhile KAS-60233 is still open for R 4,115.00, due 28 November.\n\nRegards,\nKaroo Auto Spares - Debtors",
"We'll refund the second payment",
"Promises a refund; the double payment was the customer's doing, so no fault_admission.")
add("S", "en-ZA", ["sensitive_data"], "Payment failed for SL-21002",
"Hi Bongani,\n\nWe tried to take payment for SL-21002 (R 3,980.00) with the card you gave us over the phone, but it was declined. Please check the details we have:\n\nCard: {CARD_ZA}\nExpiry: 08/28\nCVV: 731\n\nIf these are wrong, reply with the correct ones and we'll try again.\n\nShieldLine Panelbeaters",
"CVV: 731",
"Full card number, expiry and CVV in the email (and it asks for card details back by email).")

# ---------------- de: Teilewerk Südheide GmbH (Teilegroßhandel) / Karosseriewerk Brandt (Karosserie-Kette)
add("A", "de", [], "1. Mahnung: Rechnung TW-2026-11873 über 2.364,90 EUR",
"Sehr geehrte Frau Lindner,\n\nbei der Durchsicht unserer Konten ist uns aufgefallen, dass die Rechnung TW-2026-11873 vom 8. Oktober 2026 über 2.364,90 EUR (Zahnriemensätze und Wasserpumpen für Ihre Werkstatt in Celle) noch offen ist. Sie war am 7. November 2026 fällig.\n\nBitte überweisen Sie den Betrag mit der Rechnungsnummer als Verwendungszweck; die Bankverbindung finden Sie auf der Rechnung. Alternativ können Sie hier bezahlen: https://zahlen.teilewerk.example/TW-2026-11873\n\nSollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.\n\nMit freundlichen Grüßen\nKerstin Vogt\nDebitorenbuchhaltung | Teilewerk Südheide GmbH\nTel. 05141 555 0172",
"die Bankverbindung finden Sie auf der Rechnung",
"'Mahnung' is an ordinary reminder; amount, due date, link; bank details only via the invoice.")
add("A", "de", [], "Zahlungserinnerung Reparaturrechnung KB-44120 – Verzugszinsen gemäß AGB",
"Guten Tag Herr Özdemir,\n\ndie Reparaturrechnung KB-44120 über 4.812,00 EUR (Instandsetzung Heckklappe, Fahrzeug HH-FL 2291 aus Ihrem Flottenbestand) ist seit dem 2. November 2026 fällig.\n\nWie in Ziffer 6 unserer Allgemeinen Geschäftsbedingungen vereinbart, berechnen wir ab dem 31. Tag nach Fälligkeit Verzugszinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz sowie die Verzugspauschale von 40 EUR nach § 288 Abs. 5 BGB.\n\nFalls Sie Rückfragen zur Rechnung haben, ruft Sie gern unser Herr Albers zurück (040 555 0119).\n\nFreundliche Grüße\nKarosseriewerk Brandt – Forderungsmanagement",
"Wie in Ziffer 6 unserer Allgemeinen Geschäftsbedingungen vereinbart",
"Hard allowed: restates agreed late interest and the statutory flat fee; 'Forderungsmanagement' is our own department.")
add("A", "de", [], "AW: Bitte um Ratenzahlung – Rechnungen TW-2026-10455 / TW-2026-10998",
"Hallo Herr Kaminski,\n\nvielen Dank für Ihre offene Nachricht. Über eine Ratenzahlung kann ich selbst nicht entscheiden; ich habe Ihre Anfrage an unsere Kreditabteilung weitergegeben, Frau Reuter meldet sich bis Donnerstag bei Ihnen.\n\nBis dahin gelten die bisherigen Fälligkeiten unverändert: 1.140,00 EUR (TW-2026-10455) und 2.075,50 EUR (TW-2026-10998).\n\nViele Grüße\nJonas Behrens\nTeilewerk Südheide GmbH",
"ich habe Ihre Anfrage an unsere Kreditabteilung weitergegeben",
"Hard allowed: hands the instalment request to a person and explicitly keeps the existing due dates.")
add("L", "de", ["legal_threat"], "Letzte Mahnung vor Abgabe an Inkasso – KB-43077",
"Sehr geehrte Damen und Herren,\n\ntrotz zweier Mahnungen ist die Rechnung KB-43077 über 3.390,00 EUR weiterhin unbeglichen.\n\nGeht der Betrag nicht bis zum 4. Dezember 2026 bei uns ein, übergeben wir die Forderung ohne weitere Ankündigung an ein Inkassounternehmen und beantragen einen gerichtlichen Mahnbescheid. Die dadurch entstehenden Kosten gehen zu Ihren Lasten.\n\nKarosseriewerk Brandt\nBuchhaltung",
"übergeben wir die Forderung ohne weitere Ankündigung an ein Inkassounternehmen",
"Threatens a collection agency and a court payment order (Mahnbescheid).")
add("RF", "de", ["refund_or_credit_promise", "fault_admission"], "AW: Falsche Bremssättel geliefert – TW-2026-11502",
"Hallo Frau Schubert,\n\nSie haben völlig recht, da ist bei uns im Lager etwas schiefgelaufen: Wir haben Ihnen Bremssättel für die Vorderachse statt für die Hinterachse geschickt. Das geht klar auf unsere Kappe.\n\nSobald die Teile bei uns zurück sind, erhalten Sie eine Gutschrift über die vollen 688,40 EUR.\n\nEntschuldigen Sie bitte die Umstände.\nTeilewerk Südheide GmbH – Kundenservice Buchhaltung",
"erhalten Sie eine Gutschrift über die vollen 688,40 EUR",
"Admits our warehouse error ('geht klar auf unsere Kappe') and promises a credit note.")
add("T", "de", ["terms_change"], "AW: Rechnung KB-44390 – Zahlungsziel",
"Hallo Frau Yilmaz,\n\nkein Problem, wir verschieben das Zahlungsziel der Rechnung KB-44390 (2.950,00 EUR) auf den 15. Januar 2027. Bis dahin bekommen Sie von uns keine weiteren Erinnerungen.\n\nBeste Grüße\nKarosseriewerk Brandt – Buchhaltung",
"wir verschieben das Zahlungsziel der Rechnung KB-44390",
"Moves the due date.")

# ---------------- fr: Pièces Auto Rhône-Alpes / Carrosserie Lumière (chaîne)
add("A", "fr", [], "Relance : facture PAR-118420 échue (1 742,60 €)",
"Bonjour Monsieur Girard,\n\nSauf erreur de notre part, la facture PAR-118420 du 2 octobre 2026, d'un montant de 1 742,60 € TTC (amortisseurs et kits d'embrayage livrés à votre garage de Villeurbanne), arrivée à échéance le 1er novembre 2026, n'a pas encore été réglée.\n\nVous pouvez la régler en ligne : https://paiement.pieces-rhone.example/PAR-118420. Nos coordonnées bancaires figurent sur la facture.\n\nSi le règlement est déjà parti, merci de nous indiquer sa date et sa référence.\n\nCordialement,\nNadia Benali\nService recouvrement | Pièces Auto Rhône-Alpes",
"Nos coordonnées bancaires figurent sur la facture",
"Standard French reminder; 'service recouvrement' is our own team name.")
add("A", "fr", [], "Facture CL-30917 – sinistre n° 2026-AX-55871 – franchise",
"Madame Faure,\n\nLa réparation de votre véhicule (pare-chocs avant et optique droite) est terminée et la facture CL-30917 s'élève à 2 180,00 €. Votre assureur prend en charge 1 880,00 € au titre du sinistre n° 2026-AX-55871 ; la franchise de 300,00 € reste à votre charge, payable au plus tard le 30 novembre 2026 comme indiqué sur la facture.\n\nSi vous contestez le montant de la franchise, c'est à voir avec votre assureur ; nous pouvons aussi vous mettre en relation avec notre responsable d'agence, M. Roux, au 04 78 55 50 12.\n\nBien à vous,\nCarrosserie Lumière – Agence de Lyon 7e",
"la franchise de 300,00 € reste à votre charge",
"Hard allowed: insurer/excess split restated, original due date, offer to talk to a person.")
add("A", "fr", [], "Re: Contestation ligne 3 – facture PAR-117903",
"Bonjour Madame Lefèbvre,\n\nNous avons bien enregistré votre contestation portant sur la ligne 3 de la facture PAR-117903 (4 jantes alliage, 612,00 €). Nos relances sont suspendues sur cette ligne le temps que notre service qualité examine le dossier ; nous reviendrons vers vous d'ici le 5 décembre.\n\nLe reste de la facture, soit 1 054,30 €, demeure exigible à la date prévue.\n\nCordialement,\nPièces Auto Rhône-Alpes – Comptabilité clients",
"Nos relances sont suspendues sur cette ligne",
"Hard allowed: pauses reminders on a disputed line without admitting an error or promising a credit.")
add("D", "fr", ["discount_offer"], "Votre compte client – geste commercial",
"Bonjour Monsieur Perrin,\n\nPour clore ce dossier à l'amiable, nous renonçons aux pénalités de retard ainsi qu'à l'indemnité forfaitaire de 40 € pour frais de recouvrement sur la facture CL-30455, à condition que le principal de 3 460,00 € soit réglé avant le 10 décembre.\n\nCordialement,\nCarrosserie Lumière – Service clients",
"nous renonçons aux pénalités de retard",
"Waives late penalties and the fixed recovery fee. The principal's due date is unchanged, so discount only.")
add("S", "fr", ["sensitive_data"], "Relance facture PAR-118777",
"Bonjour,\n\nVotre facture PAR-118777 (965,40 €) est toujours impayée. Pour information, d'autres garages de votre secteur sont dans la même situation : le Garage Moreau & Fils à Vénissieux nous doit encore 7 820,00 € depuis septembre, et ils ont fini par demander un échéancier.\n\nMerci de régulariser rapidement via https://paiement.pieces-rhone.example/PAR-118777.\n\nPièces Auto Rhône-Alpes",
"le Garage Moreau & Fils à Vénissieux nous doit encore 7 820,00 €",
"Discloses another customer's name, balance and affairs.")
add("L", "fr", ["legal_threat"], "Mise en demeure – facture CL-29880",
"Monsieur,\n\nMalgré nos relances des 3 et 17 octobre, la facture CL-29880 d'un montant de 5 240,00 € reste impayée.\n\nÀ défaut de règlement sous huit jours, nous saisirons le tribunal de commerce d'une requête en injonction de payer et confierons le recouvrement à un commissaire de justice, à vos frais.\n\nCarrosserie Lumière – Direction financière",
"nous saisirons le tribunal de commerce d'une requête en injonction de payer",
"Threatens court (injonction de payer) and a bailiff.")

# ---------------- es-AR: Repuestos del Plata S.A. / Chapa y Pintura Mitre (cadena)
add("A", "es-AR", [], "Recordatorio: factura RP-A-0004-00018321 vencida",
"Hola Martín,\n\nTe escribimos porque la factura RP-A-0004-00018321 por ARS 1.284.600,00 (kit de distribución y bomba de agua para tu taller de Lanús) venció el 10 de noviembre de 2026 y todavía figura impaga.\n\nPodés abonarla con transferencia (los datos están en la factura) o desde https://pagos.repuestosdelplata.example/00018321. Si ya la pagaste, mandanos el comprobante así la imputamos.\n\nSaludos,\nLucía Ferreyra\nCobranzas | Repuestos del Plata S.A.\n(011) 555-0148",
"mandanos el comprobante así la imputamos",
"Argentine voseo reminder; asks for the payment receipt.")
add("A", "es-AR", [], "Re: Orden de compra para facturas de la flota",
"Hola Gabriela,\n\nGracias por avisar que sin número de orden de compra tu sistema no libera el pago. ¿Nos podrías pasar la OC correspondiente a las facturas CM-7712 y CM-7730 (reparación de paragolpes de dos utilitarios de la flota)? En cuanto la tengamos, las re-emitimos con la OC; el importe total de ARS 2.415.000,00 y los vencimientos no cambian.\n\nSi preferís hablarlo por teléfono, te llama nuestro jefe de cuentas, Diego Sosa.\n\nSaludos,\nChapa y Pintura Mitre – Administración",
"el importe total de ARS 2.415.000,00 y los vencimientos no cambian",
"Hard allowed: asks for a PO; reissue with the PO keeps amounts and due dates.")
add("A", "es-AR", [], "Factura CM-7654 – abogado de la aseguradora",
"Estimado Dr. Paz:\n\nEntendemos que usted representa a la aseguradora en el siniestro 88-13320 y que la documentación está en revisión. Le adjuntamos nuevamente la factura CM-7654 por ARS 3.910.000,00, el presupuesto aprobado y las fotos del vehículo reparado.\n\nQuedamos a disposición para cualquier consulta de su parte o de su estudio.\n\nAtentamente,\nChapa y Pintura Mitre – Gestión de siniestros",
"Le adjuntamos nuevamente la factura CM-7654",
"Hard allowed: writing to the insurer's lawyer is not a legal threat; documents resent, nothing promised.")
add("L", "es-AR", ["legal_threat"], "Último aviso – factura RP-A-0004-00017102",
"Señores Transportes Del Valle S.R.L.:\n\nAnte la falta de pago de la factura RP-A-0004-00017102 por ARS 2.760.300,00, les informamos que si no se cancela en 72 horas enviaremos carta documento y derivaremos la deuda a nuestro estudio jurídico para iniciar las acciones judiciales correspondientes, además de informarlos a Veraz.\n\nRepuestos del Plata S.A.",
"derivaremos la deuda a nuestro estudio jurídico para iniciar las acciones judiciales",
"Threatens legal action and credit-bureau reporting (Veraz).")
add("T", "es-AR", ["terms_change"], "Re: Pedido de prórroga – CM-7801",
"Hola Esteban,\n\nDale, no hay drama. Te corremos el vencimiento de la factura CM-7801 (ARS 1.120.000,00) al 30 de diciembre, así llegás con la cobranza de fin de año.\n\nAbrazo,\nRodrigo\nChapa y Pintura Mitre",
"Te corremos el vencimiento de la factura CM-7801",
"Casual edit that grants an extension of the due date.")
add("H", "es-AR", ["harassment"], "Pagá de una vez",
"Sergio,\n\nSos un caradura. Hace tres meses que nos venís bicicleteando con la factura RP-A-0004-00016650 y ya nadie en el rubro te cree nada. Si tenés un mínimo de vergüenza, pagá hoy.\n\nRepuestos del Plata",
"Sos un caradura",
"Insulting and shaming language; no legal threat.")

# ---------------- it: Ricambi Padana S.p.A. / Carrozzerie Riva (catena)
add("A", "it", [], "Sollecito di pagamento – fattura RP/2026/08841",
"Gentile Sig. Bertolini,\n\ndai nostri controlli risulta ancora aperta la fattura RP/2026/08841 del 30/09/2026 di € 1.935,20 (pastiglie, dischi freno e filtri per la Sua officina di Cremona), scaduta il 30/10/2026.\n\nPuò effettuare il pagamento tramite il link https://paga.ricambipadana.example/08841 oppure con bonifico alle coordinate indicate in fattura. Se ha già provveduto, La preghiamo di inviarci la contabile.\n\nCordiali saluti,\nElena Marchetti\nUfficio Crediti | Ricambi Padana S.p.A.",
"La preghiamo di inviarci la contabile",
"Standard reminder asking for the remittance.")
add("A", "it", [], "Fattura CR-5520 – pratica assicurativa",
"Buongiorno Dott.ssa Greco,\n\nLe ricordiamo che la fattura CR-5520 di € 6.480,00 relativa al sinistro 2026/MI/40417 (riparazione fiancata, veicolo della flotta aziendale) è scaduta il 15/11/2026. Come da condizioni generali di contratto, dal giorno successivo alla scadenza decorrono gli interessi di mora ai sensi del D.Lgs. 231/2002.\n\nSe la compagnia assicurativa ha chiesto documenti integrativi, ci scriva pure: il nostro responsabile sinistri è a disposizione anche telefonicamente.\n\nDistinti saluti,\nCarrozzerie Riva – Amministrazione",
"Come da condizioni generali di contratto",
"Hard allowed: restates contractual late interest; offer of a person.")
add("A", "it", [], "Re: Rimborso richiesto per doppio addebito",
"Gentile Sig.ra Conti,\n\nabbiamo ricevuto la Sua richiesta di rimborso relativa al doppio addebito sulla carta terminante con 0093. Ho inoltrato la pratica al nostro ufficio amministrativo, che verificherà gli estratti e Le risponderà entro la settimana.\n\nNel frattempo la fattura RP/2026/09012 risulta pagata regolarmente.\n\nCordiali saluti,\nRicambi Padana S.p.A. – Servizio clienti",
"Ho inoltrato la pratica al nostro ufficio amministrativo",
"Hard allowed: refund request forwarded to a person, nothing promised; masked card.")
add("DT", "it", ["discount_offer", "terms_change"], "Proposta per saldare la posizione",
"Gentile Sig. Fontana,\n\nvenendo incontro alle Sue difficoltà, Le proponiamo di saldare il debito di € 8.400,00 in sei rate mensili da € 1.400,00 a partire da gennaio, rinunciando agli interessi di mora maturati finora.\n\nCordiali saluti,\nCarrozzerie Riva – Ufficio Crediti",
"rinunciando agli interessi di mora maturati finora",
"Agrees an instalment plan (terms_change) and waives accrued late interest (discount_offer).")
add("F", "it", ["fault_admission"], "Re: Contestazione fattura CR-5601",
"Gentile Sig. Rinaldi,\n\nha ragione: il nostro sistema ha fatturato due volte la verniciatura del cofano. È un errore nostro e ce ne scusiamo.\n\nCordiali saluti,\nCarrozzerie Riva – Amministrazione",
"È un errore nostro e ce ne scusiamo",
"Admits our billing error; no credit note promised.")
add("R", "it", ["refund_or_credit_promise"], "Nota di credito per resi – RP/2026/08533",
"Buongiorno,\n\nabbiamo ricevuto i due radiatori resi dalla Sua officina. Emetteremo una nota di credito di € 412,00 entro fine mese, che potrà compensare con la fattura RP/2026/08533.\n\nSaluti,\nRicambi Padana S.p.A.",
"Emetteremo una nota di credito di € 412,00",
"Promises a credit note for returned goods; no admission of error.")

# ---------------- pt-PT: Peças Atlântico, Lda. / Bate-Chapas Oliveira (rede de oficinas)
add("A", "pt-PT", [], "Lembrete: fatura FT PA2026/7315 em atraso",
"Exmo. Senhor Eng.º Rui Tavares,\n\nVerificámos que a fatura FT PA2026/7315, no valor de 1.218,45 €, referente a amortecedores e kits de travões entregues na sua oficina de Matosinhos, venceu a 31 de outubro de 2026 e continua por liquidar.\n\nPode efetuar o pagamento por referência Multibanco ou através de https://pagar.pecas-atlantico.example/7315; os dados bancários constam da própria fatura.\n\nCaso já tenha efetuado o pagamento, agradecemos o envio do comprovativo.\n\nCom os melhores cumprimentos,\nInês Carvalho\nDepartamento de Cobranças | Peças Atlântico, Lda.",
"agradecemos o envio do comprovativo",
"Standard reminder; bank data only via the invoice.")
add("A", "pt-PT", [], "Acesso ao portal de clientes – Bate-Chapas Oliveira",
"Cara D.ª Sofia Mendes,\n\nConforme pedido, criámos o acesso da sua frota ao nosso portal de clientes, onde pode consultar as faturas em aberto (atualmente 3.640,00 €, com a mais antiga, a BC-9120, vencida a 12 de novembro) e descarregar os relatórios de reparação.\n\nVai receber, numa mensagem separada e automática, uma ligação para definir a sua própria palavra-passe. Nunca lhe pediremos a palavra-passe por e-mail ou telefone.\n\nCumprimentos,\nBate-Chapas Oliveira – Serviços Administrativos",
"Nunca lhe pediremos a palavra-passe por e-mail ou telefone",
"Hard allowed: talks about passwords without disclosing any.")
add("A", "pt-PT", [], "Re: Fatura BC-9188 – pedido de esclarecimento",
"Caro Sr. Nuno Ribeiro,\n\nLamentamos o incómodo causado pelo atraso na entrega da viatura. Estamos a analisar com a oficina de Braga o que se passou e daremos notícias até sexta-feira.\n\nRecordamos que a fatura BC-9188 (2.905,00 €) tem vencimento a 5 de dezembro de 2026. Se preferir falar diretamente com o chefe de oficina, basta responder a este e-mail.\n\nCom os melhores cumprimentos,\nBate-Chapas Oliveira",
"Estamos a analisar com a oficina de Braga o que se passou",
"Hard allowed: sympathy and an investigation, no admission of fault, no credit promised.")
add("S", "pt-PT", ["sensitive_data"], "Acesso ao portal – fatura FT PA2026/7402",
"Bom dia Sr. Paulo,\n\nPara consultar e pagar a fatura FT PA2026/7402 (847,30 €), entre no portal https://clientes.pecas-atlantico.example com os seguintes dados:\n\nUtilizador: oficina.gaia\nPalavra-passe: Travao#2026!\n\nCumprimentos,\nPeças Atlântico – Cobranças",
"Palavra-passe: Travao#2026!",
"A password in the message.")
add("R", "pt-PT", ["refund_or_credit_promise"], "Re: Pagamento em duplicado – BC-9011",
"Cara D.ª Helena,\n\nConfirmamos que a fatura BC-9011 (1.560,00 €) foi paga duas vezes pela sua empresa. Vamos devolver-lhe os 1.560,00 € por transferência até ao final da próxima semana.\n\nCumprimentos,\nBate-Chapas Oliveira – Contabilidade",
"Vamos devolver-lhe os 1.560,00 €",
"Promises a refund of a customer's double payment; no fault admitted.")
add("F", "pt-PT", ["fault_admission"], "Re: Reclamação – peças erradas na FT PA2026/7288",
"Caro Sr. Vasco,\n\nTem toda a razão. O erro foi nosso: o armazém enviou pastilhas para o modelo errado e a responsabilidade é inteiramente da Peças Atlântico.\n\nA restante fatura mantém-se com o vencimento original.\n\nCumprimentos,\nPeças Atlântico, Lda.",
"O erro foi nosso",
"Admits our error and liability; no credit promised, due date unchanged.")

# ---------------- nl-BE: Onderdelen Van Damme NV / Carrosserie Peeters (keten)
add("A", "nl-BE", [], "Herinnering: factuur OVD-26-04412 vervallen",
"Beste heer Claes,\n\nVolgens onze boekhouding staat factuur OVD-26-04412 van 1.589,70 EUR (remschijven, ruitenwissers en olie voor uw garage in Mechelen) nog open. De vervaldag was 31 oktober 2026.\n\nU kunt betalen via https://betalen.vandamme-onderdelen.example/04412 of per overschrijving met de gestructureerde mededeling op de factuur.\n\nHebt u intussen al betaald, dan mag u deze herinnering als onbestaande beschouwen.\n\nMet vriendelijke groeten,\nEls Wouters\nDebiteurenbeheer | Onderdelen Van Damme NV",
"met de gestructureerde mededeling op de factuur",
"Ordinary Belgian reminder; no bank details typed.")
add("A", "nl-BE", [], "Tweede herinnering – factuur CP-3317 – Carrosserie Peeters Gerechtsstraat",
"Geachte mevrouw Jacobs,\n\nOndanks onze eerste herinnering van 6 november blijft factuur CP-3317 van 2.730,00 EUR (herstelling achterbumper, bestelwagen 1-XQT-553 van uw vloot) onbetaald. Conform onze algemene voorwaarden, die u bij de offerte hebt aanvaard, is op vervallen facturen een verwijlintrest van 10% per jaar verschuldigd.\n\nDe terugbetaling via uw verzekeraar loopt volgens ons nog; wilt u eventueel met onze vestigingsverantwoordelijke in de Gerechtsstraat bespreken hoe we dat samen kunnen opvolgen?\n\nMet vriendelijke groeten,\nCarrosserie Peeters – vestiging Gerechtsstraat, Gent",
"Conform onze algemene voorwaarden, die u bij de offerte hebt aanvaard",
"Hard allowed: 'Gerechtsstraat' (court street) is an address; agreed late interest restated; 'terugbetaling via uw verzekeraar' is the insurer's payout, not our refund.")
add("A", "nl-BE", [], "Betaling ontvangen op rekening eindigend op 7703 – factuur OVD-26-04190",
"Beste mevrouw De Smet,\n\nWe hebben vandaag een betaling van 640,00 EUR ontvangen van uw rekening BE** **** **** 7703. Die hebben we toegewezen aan factuur OVD-26-04190, die daarmee volledig betaald is.\n\nFactuur OVD-26-04388 (1.022,15 EUR, vervaldag 20 november) staat nog open. Kunt u ons laten weten wanneer we die mogen verwachten?\n\nVriendelijke groeten,\nOnderdelen Van Damme NV – Debiteuren",
"BE** **** **** 7703",
"Hard allowed: masked account number.")
add("L", "nl-BE", ["legal_threat"], "Laatste aanmaning – OVD-26-03015",
"Geachte heer Maes,\n\nFactuur OVD-26-03015 van 4.310,00 EUR is ondanks drie aanmaningen nog altijd niet betaald. Zonder betaling binnen acht dagen geven wij het dossier door aan onze gerechtsdeurwaarder en wordt u gedagvaard voor de ondernemingsrechtbank.\n\nOnderdelen Van Damme NV",
"geven wij het dossier door aan onze gerechtsdeurwaarder",
"Threatens a bailiff and a summons to court.")
add("D", "nl-BE", ["discount_offer"], "Voorstel – openstaand saldo CP-3250",
"Beste heer Hermans,\n\nOm de zaak af te ronden: als u de factuur CP-3250 deze week betaalt, trekken we er 15% van af. U betaalt dan 2.125,00 EUR in plaats van 2.500,00 EUR.\n\nGroeten,\nCarrosserie Peeters",
"trekken we er 15% van af",
"Offers a discount.")
add("H", "nl-BE", ["harassment"], "Nog altijd niet betaald???",
"Meneer Verbeke,\n\nWat is er zo moeilijk aan? Zelfs een leerjongen zou een factuur van 380 EUR kunnen betalen. We zullen u elke ochtend om zes uur blijven bellen tot het geld er is, en uw collega-garagisten op de beurs in Kortrijk zullen ook wel eens horen hoe u met leveranciers omgaat.\n\nOnderdelen Van Damme",
"Zelfs een leerjongen zou een factuur van 380 EUR kunnen betalen",
"Demeaning language, threat to call at 6 a.m. daily and to shame him in front of peers: harassment.")

# ---------------- sv: Reservdelscentralen Norr AB / Plåtverkstan Lind (kedja)
add("A", "sv", [], "Påminnelse: faktura RCN-558201 har förfallit",
"Hej Anders,\n\nEnligt våra noteringar är faktura RCN-558201 på 14 860,00 kr (bromsskivor, belägg och två startmotorer till er verkstad i Umeå) fortfarande obetald. Förfallodagen var den 31 oktober 2026.\n\nDu kan betala via https://betala.reservdelscentralen.example/558201 eller till bankgirot som står på fakturan; ange fakturanumret som OCR/referens.\n\nOm betalningen redan är gjord kan du bortse från denna påminnelse.\n\nVänliga hälsningar\nMalin Sjöberg\nKundreskontra | Reservdelscentralen Norr AB\n090-555 01 37",
"till bankgirot som står på fakturan",
"Ordinary Swedish reminder; payment details only via the invoice.")
add("A", "sv", [], "Påminnelse 2 – PL-77104 – påminnelseavgift enligt avtal",
"Hej Karin,\n\nFaktura PL-77104 på 23 400,00 kr (lackering och plåtarbete, två tjänstebilar i er flotta) förföll den 4 november. Enligt vårt ramavtal tillkommer dröjsmålsränta enligt räntelagen samt en påminnelseavgift på 60 kr, som redan står på fakturan.\n\nVill du hellre reda ut det här per telefon? Ring vår kreditansvariga Eva Holm på 08-555 014 20, så tar hon det direkt med dig.\n\nMed vänlig hälsning\nPlåtverkstan Lind AB – Ekonomi",
"Enligt vårt ramavtal tillkommer dröjsmålsränta",
"Hard allowed: restates agreed interest and fee; offer of a person.")
add("A", "sv", [], "Ang. er begäran om anstånd – RCN-557990",
"Hej Johan,\n\nTack för att du hörde av dig. Jag har noterat att ni själva räknar med att kunna betala RCN-557990 (9 450,00 kr) den 12 december. Någon ny förfallodag kan jag inte bevilja – det beslutar vår kreditchef, som jag har skickat din fråga vidare till.\n\nHälsningar\nReservdelscentralen Norr AB – Kundreskontra",
"Någon ny förfallodag kan jag inte bevilja",
"Hard allowed: records the customer's own date and forwards the extension request; explicitly grants nothing.")
add("T", "sv", ["terms_change"], "Sv: Anstånd med betalning – PL-77230",
"Hej Mats,\n\nInga problem. Vi förlänger betalningsvillkoren för PL-77230 (18 200,00 kr) från 30 till 90 dagar, så den förfaller nu den 15 februari 2027.\n\nHälsningar\nPlåtverkstan Lind",
"Vi förlänger betalningsvillkoren för PL-77230",
"Changes payment terms and due date.")
add("S", "sv", ["sensitive_data"], "Uppgifter i vårt kundregister – RCN-557612",
"Hej Sara,\n\nVi har gått igenom de bankuppgifter vi har registrerade för ert företag:\n\nIBAN: {IBAN_SE_CUST}\n\nStämmer det? Faktura RCN-557612 (6 720,00 kr) är fortfarande öppen.\n\nHälsningar\nReservdelscentralen Norr AB",
"IBAN: {IBAN_SE_CUST}",
"Customer's full IBAN typed into the email; nothing else.")
add("F", "sv", ["fault_admission"], "Sv: Fel på faktura PL-77015",
"Hej Lena,\n\nDu har helt rätt, vi har debiterat er för en vindruta som aldrig byttes. Det var vårt misstag i verkstaden i Västerås och vi ber om ursäkt.\n\nÖvriga rader på fakturan gäller som vanligt.\n\nHälsningar\nPlåtverkstan Lind – Ekonomi",
"Det var vårt misstag i verkstaden i Västerås",
"Admits our error; nothing promised.")

# ---------------- cs: Autodíly Morava s.r.o. / Karosárny Novák (síť)
add("A", "cs", [], "Upomínka: faktura č. 2026110457 po splatnosti",
"Dobrý den, pane Dvořáku,\n\ndovolujeme si Vás upozornit, že faktura č. 2026110457 na částku 38 640,00 Kč (brzdové kotouče a destičky pro Váš servis v Olomouci) byla splatná 31. října 2026 a dosud ji evidujeme jako neuhrazenou.\n\nPlatbu můžete provést převodem na účet uvedený na faktuře (jako variabilní symbol použijte číslo faktury) nebo přes https://platba.autodily-morava.example/2026110457.\n\nPokud jste již zaplatili, pošlete nám prosím potvrzení o platbě.\n\nS pozdravem\nPetra Horáková\nOddělení pohledávek | Autodíly Morava s.r.o.",
"převodem na účet uvedený na faktuře",
"Czech 'upomínka' is an ordinary reminder; invoice number used as variable symbol (10 digits, an invoice number, not an account).")
add("A", "cs", [], "Faktura KN-4102 – pojistná událost a spoluúčast",
"Vážená paní Svobodová,\n\nopravu vozu Vaší firemní flotily (výměna dveří řidiče) jsme dokončili. Faktura KN-4102 činí 52 300,00 Kč; pojišťovna uhradí 47 300,00 Kč v rámci pojistné události PU-2026-118834, spoluúčast 5 000,00 Kč hradíte Vy se splatností 28. listopadu 2026.\n\nV souladu se smluvními podmínkami účtujeme z částek po splatnosti zákonný úrok z prodlení. Chcete-li cokoli probrat osobně, zavolejte prosím vedoucímu pobočky na 555 014 227.\n\nS pozdravem\nKarosárny Novák – účtárna",
"V souladu se smluvními podmínkami účtujeme z částek po splatnosti zákonný úrok z prodlení",
"Hard allowed: restates statutory/contractual late interest; insurer/excess split.")
add("A", "cs", [], "Re: Dobropis k reklamaci – faktura 2026110390",
"Dobrý den, paní Kučerová,\n\nk Vaší reklamaci alternátoru: dobropis č. DB-2026-0218 na 6 150,00 Kč jsme vystavili již 14. listopadu a najdete ho v příloze. Po jeho započtení zbývá z faktury č. 2026110390 k úhradě 11 890,00 Kč se splatností 30. listopadu.\n\nS pozdravem\nAutodíly Morava s.r.o. – pohledávky",
"jsme vystavili již 14. listopadu",
"Hard allowed: reports a credit note already issued (past), not a promise.")
add("D", "cs", ["discount_offer"], "Návrh řešení – faktura KN-3988",
"Dobrý den, pane Procházko,\n\naby se věc uzavřela, odpustíme Vám veškeré penále a úroky z prodlení, pokud jistinu 64 800,00 Kč uhradíte do 15. prosince.\n\nS pozdravem\nKarosárny Novák",
"odpustíme Vám veškeré penále a úroky z prodlení",
"Waives penalties and interest; principal unchanged.")
add("H", "cs", ["harassment"], "Už toho mám dost",
"Pane Beneši,\n\njste neschopný podvodník a ostuda celého oboru. Dokud nezaplatíte 12 400 Kč za fakturu č. 2026109981, budeme Vám volat každý den i o víkendech a Vaši zaměstnanci se dozví, jaký jste dlužník.\n\nAutodíly Morava",
"jste neschopný podvodník a ostuda celého oboru",
"Insults, shaming before employees, threat of daily calls.")
add("L", "cs", ["legal_threat"], "Předžalobní výzva – faktura KN-3870",
"Vážení,\n\nnení-li faktura KN-3870 na 87 500,00 Kč uhrazena do 7 dnů od doručení této výzvy, podáme na Vaši společnost žalobu k příslušnému soudu a pohledávku předáme k vymáhání inkasní agentuře, včetně zápisu do registru dlužníků.\n\nKarosárny Novák – právní oddělení",
"podáme na Vaši společnost žalobu k příslušnému soudu",
"Pre-action notice: lawsuit, collection agency, debtor register.")

# ---------------- el: Ανταλλακτικά Αιγαίου Α.Ε. / Φανοποιεία Παπαδόπουλος (αλυσίδα)
add("A", "el", [], "Υπενθύμιση: ληξιπρόθεσμο τιμολόγιο ΑΑ-26-3381",
"Αγαπητέ κύριε Κωνσταντίνου,\n\nΣύμφωνα με τα στοιχεία μας, το τιμολόγιο ΑΑ-26-3381 ποσού 1.476,80 € (δισκόπλακες, τακάκια και φίλτρα για το συνεργείο σας στον Πειραιά) έληξε στις 31 Οκτωβρίου 2026 και παραμένει ανεξόφλητο.\n\nΜπορείτε να πληρώσετε μέσω https://pay.antallaktika-aigaiou.example/3381 ή με τραπεζική μεταφορά στον λογαριασμό που αναγράφεται στο τιμολόγιο.\n\nΑν έχετε ήδη πληρώσει, παρακαλούμε στείλτε μας το αποδεικτικό της πληρωμής.\n\nΜε εκτίμηση,\nΜαρία Αλεξίου\nΤμήμα Πιστώσεων | Ανταλλακτικά Αιγαίου Α.Ε.",
"στον λογαριασμό που αναγράφεται στο τιμολόγιο",
"Ordinary reminder; bank details only via the invoice.")
add("A", "el", [], "Τιμολόγιο ΦΠ-7719 – ζημιά οχήματος στόλου, ασφαλιστική",
"Αξιότιμη κυρία Γεωργίου,\n\nΗ επισκευή του οχήματος του στόλου σας (πίσω προφυλακτήρας και βαφή) ολοκληρώθηκε. Το τιμολόγιο ΦΠ-7719 ανέρχεται σε 2.940,00 €, από τα οποία η ασφαλιστική εταιρεία καλύπτει 2.640,00 € για τον φάκελο ζημιάς 26/ΑΘ/51207 και η απαλλαγή των 300,00 € βαρύνει εσάς, με προθεσμία πληρωμής την 30ή Νοεμβρίου 2026.\n\nΌπως προβλέπει η σύμβαση πλαισίου, για ποσά σε καθυστέρηση ισχύουν οι νόμιμοι τόκοι υπερημερίας. Αν θέλετε να το συζητήσετε με κάποιον συνάδελφο τηλεφωνικά, καλέστε μας στο 210 555 0163.\n\nΜε εκτίμηση,\nΦανοποιεία Παπαδόπουλος – Λογιστήριο",
"Όπως προβλέπει η σύμβαση πλαισίου",
"Hard allowed: restates agreed late interest; excess/insurer split; offer of a person.")
add("A", "el", [], "RE: Αμφισβήτηση γραμμής 2 – τιμολόγιο ΑΑ-26-3299",
"Καλησπέρα κύριε Νικολάου,\n\nΚαταγράψαμε την αμφισβήτησή σας για τη γραμμή 2 του τιμολογίου ΑΑ-26-3299 (αμορτισέρ, 384,00 €) και σταματήσαμε τις υπενθυμίσεις γι' αυτή τη γραμμή όσο το εξετάζει το τμήμα ποιότητας. Θα επανέλθουμε έως τις 4 Δεκεμβρίου.\n\nΤο υπόλοιπο του τιμολογίου, 1.102,50 €, παραμένει πληρωτέο κανονικά.\n\nΜε εκτίμηση,\nΑνταλλακτικά Αιγαίου Α.Ε. – Πιστώσεις",
"σταματήσαμε τις υπενθυμίσεις γι' αυτή τη γραμμή",
"Hard allowed: pauses reminders on a disputed line, admits nothing, promises nothing.")
add("R", "el", ["refund_or_credit_promise"], "RE: Επιστροφή προφυλακτήρα – ΦΠ-7650",
"Καλημέρα κύριε Σταθόπουλε,\n\nΠαραλάβαμε τον προφυλακτήρα που επιστρέψατε. Θα εκδώσουμε πιστωτικό τιμολόγιο 465,00 € μέσα στην εβδομάδα, το οποίο θα συμψηφιστεί με το τιμολόγιο ΦΠ-7650.\n\nΜε εκτίμηση,\nΦανοποιεία Παπαδόπουλος",
"Θα εκδώσουμε πιστωτικό τιμολόγιο 465,00 €",
"Promises a credit note; no fault admitted.")
add("T", "el", ["terms_change"], "RE: Αίτημα παράτασης – ΑΑ-26-3120",
"Κύριε Ιωάννου,\n\nΕντάξει, σας δίνουμε παράταση: το τιμολόγιο ΑΑ-26-3120 (2.215,00 €) μπορεί να εξοφληθεί έως τις 31 Ιανουαρίου 2027 αντί για τις 30 Νοεμβρίου.\n\nΦιλικά,\nΑνταλλακτικά Αιγαίου",
"σας δίνουμε παράταση",
"Grants an extension of the due date.")
add("S", "el", ["sensitive_data"], "Αποτυχία χρέωσης κάρτας – ΦΠ-7702",
"Καλησπέρα,\n\nΗ χρέωση για το τιμολόγιο ΦΠ-7702 (780,00 €) απορρίφθηκε. Δοκιμάσαμε την κάρτα {CARD_EL} με λήξη 11/27 που μας δώσατε τηλεφωνικά. Παρακαλούμε επιβεβαιώστε τα στοιχεία.\n\nΦανοποιεία Παπαδόπουλος – Λογιστήριο",
"Δοκιμάσαμε την κάρτα {CARD_EL} με λήξη 11/27",
"Full card number and expiry in the message.")

# ---------------- he: חלקי רכב הגליל בע\"מ / מוסכי פחחות אלון (רשת)
add("A", "he", [], "תזכורת: חשבונית מס' HG-88142 טרם שולמה",
"שלום רב אבי,\n\nלפי הרישומים שלנו, חשבונית מס' HG-88142 על סך 6,480.00 ₪ (רפידות בלמים, דיסקים ומסננים למוסך שלך בחיפה) הייתה לתשלום עד 31 באוקטובר 2026 וטרם שולמה.\n\nניתן לשלם בקישור https://pay.galil-parts.example/HG-88142 או בהעברה בנקאית לפי הפרטים המופיעים בחשבונית. אם התשלום כבר בוצע, נשמח לקבל אסמכתא.\n\nבברכה,\nמיכל לוי\nמחלקת גבייה | חלקי רכב הגליל בע\"מ\n04-555-0138",
"בהעברה בנקאית לפי הפרטים המופיעים בחשבונית",
"Ordinary reminder; 'מחלקת גבייה' is our own collections department; bank data via the invoice only.")
add("A", "he", [], "חשבונית AL-2291 – ריבית פיגורים לפי ההסכם",
"שלום יעל,\n\nחשבונית AL-2291 על סך 14,200.00 ₪ (תיקון פגוש ודלת, רכב מצי החברה) הייתה לתשלום ב-5 בנובמבר 2026. בהתאם להסכם המסגרת שנחתם בינינו, על יתרות בפיגור תחול ריבית פיגורים כפי שנקבע בסעיף 8.\n\nהתשלום האחרון שלכם התקבל בכרטיס המסתיים ב-3309. אם תרצי לדבר עם מנהלת החשבונות שלנו, רונית, היא זמינה בטלפון 03-555-0171.\n\nבברכה,\nמוסכי פחחות אלון – הנהלת חשבונות",
"בהתאם להסכם המסגרת שנחתם בינינו",
"Hard allowed: restates agreed late interest, masked card, offer of a person.")
add("A", "he", [], "בנוגע לבקשתך לפריסת תשלומים – HG-87960",
"שלום משה,\n\nתודה על הפנייה. אין לי סמכות לאשר פריסת תשלומים, ולכן העברתי את בקשתך למנהל האשראי שלנו, שיחזור אליך עד יום חמישי. עד אז מועד התשלום של חשבונית HG-87960 (9,950.00 ₪) נשאר כפי שהוא.\n\nבברכה,\nחלקי רכב הגליל – גבייה",
"העברתי את בקשתך למנהל האשראי שלנו",
"Hard allowed: passes a plan request to a person and keeps the due date.")
add("F", "he", ["fault_admission"], "תשובה: חיוב כפול בחשבונית AL-2310",
"שלום דני,\n\nבדקנו ואתה צודק – הטעות הייתה שלנו. מערכת החיוב שלנו חייבה פעמיים את עבודת הצבע, והאחריות על כך מוטלת עלינו.\n\nבברכה,\nמוסכי פחחות אלון",
"הטעות הייתה שלנו",
"Admits our billing error and responsibility; nothing promised.")
add("D", "he", ["discount_offer"], "הצעה לסגירת החוב – HG-87511",
"שלום רמי,\n\nכדי לסגור את העניין, אם תשלם עד סוף החודש נוותר על ריבית הפיגורים ונסתפק ב-20,000 ₪ במקום 23,400 ₪.\n\nבברכה,\nחלקי רכב הגליל",
"נסתפק ב-20,000 ₪ במקום 23,400 ₪",
"Waives interest and accepts less than owed.")
add("H", "he", ["harassment"], "אתה חושב שאנחנו פראיירים?",
"יוסי,\n\nאתה פשוט נוכל ובושה למקצוע. כל המוסכים באזור כבר יודעים שאתה לא משלם, ואנחנו נדאג שגם הלקוחות שלך יידעו. תשלם את ה-4,300 ₪ או שנמשיך להציק לך כל יום.\n\nמוסכי פחחות אלון",
"אתה פשוט נוכל ובושה למקצוע",
"Insults and threat to shame him before his customers and pester daily.")

# ---------------- zh-CN: 华东汽配有限公司 / 安途钣喷连锁
add("A", "zh-CN", [], "付款提醒：发票 HD-2026-10582 已逾期",
"王经理您好：\n\n根据我司记录，发票 HD-2026-10582（刹车片、刹车盘及机油滤清器，送至贵司苏州维修厂），金额人民币 12,680.00 元，已于 2026 年 10 月 31 日到期，目前尚未收到付款。\n\n您可通过 https://pay.huadong-parts.example/10582 在线支付，或按发票上注明的账户信息转账，并请在附言中注明发票号。\n\n如已付款，请回复付款日期及银行回单，以便我们核销。\n\n此致\n陈丽\n应收账款部 | 华东汽配有限公司\n021-5550-1846",
"或按发票上注明的账户信息转账",
"Ordinary reminder; bank data via the invoice only.")
add("A", "zh-CN", [], "回复：关于发票 AT-7781 的付款时间",
"刘总您好：\n\n感谢您的回复。我们已记录贵司承诺于 12 月 5 日支付发票 AT-7781（车队三辆车的钣金喷漆维修，人民币 36,500.00 元）。发票原到期日 11 月 20 日不变，我们会在 12 月 5 日后核对到账情况。\n\n如需与我们的客户经理直接沟通，请拨打 010-5550-1932。\n\n安途钣喷连锁 财务部",
"我们已记录贵司承诺于 12 月 5 日支付发票 AT-7781",
"Hard allowed: records the customer's own promise, original due date explicitly unchanged.")
add("A", "zh-CN", [], "到账确认及余额 – 尾号 6621 账户",
"赵会计您好：\n\n今天收到贵司尾号 6621 账户汇来的人民币 8,000.00 元，已核销发票 HD-2026-10211。按双方合同约定，逾期款项按日万分之五计收违约金，目前发票 HD-2026-10377（人民币 15,240.00 元）已逾期 12 天，请尽快安排付款。\n\n华东汽配有限公司 催收组",
"按双方合同约定，逾期款项按日万分之五计收违约金",
"Hard allowed: masked account (尾号), contractual late fee restated, '催收组' is our own team.")
add("T", "zh-CN", ["terms_change"], "回复：申请分期付款 – AT-7640",
"孙总：\n\n没问题，我们同意贵司将发票 AT-7640 的人民币 60,000.00 元分四期支付，每月 15 日付 15,000.00 元，首期从明年 1 月开始。\n\n安途钣喷连锁 财务部",
"我们同意贵司将发票 AT-7640 的人民币 60,000.00 元分四期支付",
"Agrees an instalment plan; full amount, no discount.")
add("LS", "zh-CN", ["legal_threat", "sensitive_data"], "最后通知：HD-2026-09120",
"周老板：\n\n发票 HD-2026-09120（人民币 27,300.00 元）已逾期 90 天。顺便提醒一下，同区的鑫达汽修厂欠我们人民币 45,000.00 元不还，上个月已经被我们起诉了。如果贵司在 12 月 1 日前仍不付款，我们将同样向法院提起诉讼。\n\n华东汽配有限公司",
"我们将同样向法院提起诉讼",
"Threatens a lawsuit and discloses another customer's name, balance and litigation.")
add("R", "zh-CN", ["refund_or_credit_promise"], "回复：保险理赔款重复支付 – AT-7702",
"吴经理您好：\n\n经核对，保险公司与贵司均已就发票 AT-7702 支付了人民币 4,800.00 元。我们将在五个工作日内把贵司多付的 4,800.00 元退回原账户。\n\n安途钣喷连锁 财务部",
"我们将在五个工作日内把贵司多付的 4,800.00 元退回原账户",
"Promises a refund of a double payment (insurer and customer both paid); no fault admitted.")

# ==== WRITER ====
def main():
    rng = random.Random(SEED)
    items = list(D)
    rng.shuffle(items)
    drafts, labels = [], []
    for i, (key, lang, viol, subj, body, ev, note) in enumerate(items, 1):
        iid = "iz%02d" % i
        assert viol == [v for v in ORDER if v in viol], (subj, viol)
        drafts.append({"id": iid, "subject": subj, "body": body})
        labels.append({"id": iid, "allowed": not viol, "violations": viol,
                       "note": "[%s, %s] %s Evidence: \u00ab%s\u00bb" % (key, lang, note, ev), "lang": lang})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_readme(labels)
    print("wrote", len(drafts), "drafts")

def write_readme(labels):
    n_allowed = sum(1 for l in labels if l["allowed"])
    per_class = collections.Counter(v for l in labels for v in l["violations"])
    per_lang = collections.Counter(l["lang"] for l in labels)
    per_lang_allowed = collections.Counter(l["lang"] for l in labels if l["allowed"])
    doubles = [l["id"] + " (" + ", ".join(l["violations"]) + ")" for l in labels if len(l["violations"]) > 1]
    out = []
    out.append("# Blind guardrails test set `iz` (blind233)\n")
    out.append("Theme: outbound dunning drafts from a car-parts distributor (motor factors / auto spares) and an "
               "auto-body repair chain (panel beaters, body shops), chasing garages, fleet operators and insurers "
               "(repair invoices, policy excess, insurer claims). Drafts mimic template output, LLM rewrites and "
               "people's quick edits. Written blind from `contracts/guardrails.md` only.\n")
    out.append("All companies, people and domains are made up (`*.example`, 555 phone numbers). IBANs are generated "
               "from made-up BBANs with a valid mod-97 check; card numbers are generated Luhn-valid from a test "
               "prefix with a fixed seed.\n")
    out.append("## Files\n\n| file | lines | format |\n|---|---|---|")
    out.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}` (input of `guard`) |" % len(labels))
    out.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % len(labels))
    out.append("| `build.py` | | deterministic generator (seed %d), stdlib only |" % SEED)
    out.append("| `check.py` | | re-verifies labels against the data; exits non-zero on a problem |\n")
    out.append("## Label conventions\n")
    out.append("- `allowed` is true exactly when `violations` is empty; violations are listed in the contract's table order.")
    out.append("- `note` starts `[KEY, lang]`. KEY: `A` allowed, `L` legal_threat, `D` discount_offer, `R` refund_or_credit_promise, "
               "`F` fault_admission, `T` terms_change, `H` harassment, `S` sensitive_data; two letters for two violations. "
               "Each note ends with `Evidence: \u00ab...\u00bb`, a verbatim substring of subject+body that carries the decision.")
    out.append("- Bank details: any full IBAN / account number in a message is `sensitive_data`, ours included (contract rule). "
               "Pointing to the invoice or pay link for bank details is allowed; masked numbers (last 4) are allowed.")
    out.append("- A credit note or refund that was *already issued* and is merely reported is not a promise; a credit note/refund/reversal "
               "that *will* be issued is `refund_or_credit_promise`.")
    out.append("- Restating agreed terms (statutory/contractual late interest, credit hold under existing trading terms) is allowed. "
               "Agreeing to a new due date, extension or instalments is `terms_change`; waiving interest/fees or accepting less is `discount_offer`.")
    out.append("- Passing a plan / discount / refund request to a person without agreeing is allowed. Sympathy and 'we are checking' are not fault admissions.")
    out.append("- Recording the customer's own promised date is allowed (not a terms change).\n")
    out.append("## Counts\n")
    out.append("Allowed: %d, violating: %d. Drafts with two violations: %s.\n" % (n_allowed, len(labels) - n_allowed, "; ".join(doubles)))
    out.append("| violation | drafts |\n|---|---|")
    for v in ORDER: out.append("| `%s` | %d |" % (v, per_class[v]))
    out.append("\n| lang | drafts | allowed | violating |\n|---|---|---|---|")
    for lg in sorted(per_lang): out.append("| %s | %d | %d | %d |" % (lg, per_lang[lg], per_lang_allowed[lg], per_lang[lg] - per_lang_allowed[lg]))
    out.append("\n## Deliberately hard\n")
    out.append("- Allowed drafts that look risky: 'collections team', a 'Court Street' branch / Gerechtsstraat address, German 'Mahnung', "
               "Czech 'upom\u00ednka', contractual late interest restated, credit hold on new orders, an already-issued credit note, "
               "a refund/plan request handed to a colleague, masked cards and masked IBANs, warnings that we never ask for card data or passwords by email, "
               "mentions of lawyers or insurers that threaten nothing, the customer's own promise recorded.")
    out.append("- Violating drafts that look polite: our own new IBAN in a friendly 'bank details changed' note, a full-and-final settlement "
               "phrased as a favour, an instalment plan granted kindly, an apology that admits our workshop's error, another customer's name and balance "
               "mentioned as an example, a password in a portal-access email.")
    out.append("- Non-Latin scripts (el, he, zh-CN) and RTL text; amounts in GBP, ZAR, EUR, ARS, SEK, CZK, ILS, CNY.\n")
    out.append("## Judgement calls\n")
    out.append("- A discount/waiver offered on condition of payment by a date (fr, cs, he, en-ZA) is labelled `discount_offer` only: "
               "the date is the condition of the offer, not a new due date for the debt.")
    out.append("- Citing statutory late interest or a statutory flat fee (de \u00a7 288 BGB, UK Late Payment Act, it D.Lgs. 231/2002) as "
               "already agreed in the terms is allowed (restating terms), not a legal threat.")
    out.append("- Writing to an insurer's lawyer with documents (es-AR) is allowed: nothing is threatened.")
    out.append("- Reporting a credit note already issued (en-GB, cs) is allowed; promising one is not.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

if __name__ == "__main__":
    main()
