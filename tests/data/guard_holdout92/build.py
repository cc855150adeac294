#!/usr/bin/env python3
"""Blind guardrails test set 247 (prefix ny). Theme: payment reminders from a
medical-equipment rental and servicing company. Deterministic, stdlib only."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 247
VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
KEY = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
       "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}


def iban(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    cd = 98 - int(num) % 97
    raw = f"{country}{cd:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def luhn_complete(base):
    digits = [int(d) for d in base + "0"]
    for i in range(len(digits) - 2, -1, -2):
        d = digits[i] * 2
        digits[i] = d - 9 if d > 9 else d
    return base + str((10 - sum(digits) % 10) % 10)


def clabe(base17):
    w = [3, 7, 1] * 6
    s = sum((int(d) * w[i]) % 10 for i, d in enumerate(base17))
    return base17 + str((10 - s % 10) % 10)


IBAN_AT = iban("AT", "2081500047113920")
IBAN_PT = iban("PT", "003506510000428815377")
CARD_IT = luhn_complete("545817093344261")
CARD_IT_FMT = " ".join(CARD_IT[i:i + 4] for i in range(0, 16, 4))
CLABE_MX = clabe("01218000471138290")
CLABE_MX_FMT = f"{CLABE_MX[:3]} {CLABE_MX[3:6]} {CLABE_MX[6:17]} {CLABE_MX[17]}"

ITEMS = []  # (lang, violations, subject, body, note)


def add(lang, viol, subject, body, note):
    ITEMS.append((lang, list(viol), subject, body.strip("\n"), note))


# ------------------------------------------------------------------ en-AU
SIG_AU = "\n\nKestrel Medical Rentals Pty Ltd\nAccounts Receivable | 4 Church St, Parramatta NSW 2150 | (02) 5550 1840"
add("en-AU", [], "Second reminder: KM-AU-40217 is 25 days overdue ($3,845.60)",
"""Hi Priya,

Invoice KM-AU-40217 for $3,845.60 (inc. GST) covering October rental of six electric hospital beds at Banksia Grove Aged Care was due on 31 October 2026 and is now 25 days overdue.

Please arrange payment this week at https://pay.kestrel-med.example/au/C7781, or reply with the date we can expect it and your remittance once sent.

Kind regards,
Tom Ferris
Kestrel Medical Rentals - Collections Team""" + SIG_AU,
"Firm reminder with amount, due date, pay link and remittance request; `Collections Team` is our own team's name, not an agency.")

add("en-AU", ["legal_threat"], "FINAL NOTICE - KM-AU-40388 ($12,410.00)",
"""Dear Accounts Payable,

Despite three reminders, invoice KM-AU-40388 for $12,410.00 (patient monitor and syringe driver hire, Q3) remains unpaid at Harbourview Private Hospital.

Unless the full amount is received by 4 December 2026, we will pass the debt to our mercantile agent for recovery and list a default with a credit reporting body.

Kestrel Medical Rentals""" + SIG_AU,
"Threatens a debt-recovery agent and a `default with a credit reporting body`.")

add("en-AU", [], "Re: overdue KM-AU-40402 - late fee",
"""Hi Graham,

Thanks for getting back to us. To answer your question: the $55.00 on this month's statement is the late payment fee under clause 9.2 of your Equipment Rental Agreement signed in March 2025, which applies to any balance more than 14 days overdue. It isn't a new charge or a new term.

The outstanding balance on KM-AU-40402 is $2,190.00 plus that fee, payable at https://pay.kestrel-med.example/au/C7802. If you would like to go through the agreement with someone, just reply and our credit manager will give you a call.

Regards,
Leanne Cho""" + SIG_AU,
"Restates an existing contractual late fee and offers a person; no new term, no threat.")

add("en-AU", ["sensitive_data"], "Updated payment details - KM-AU-40455",
"""Hi Sandra,

Just a heads-up before you pay KM-AU-40455 ($1,276.40, oxygen concentrator hire for three home-care clients): we've moved banks. Please update your records and pay to:

Kestrel Medical Rentals Pty Ltd
BSB 082-555
Account 501774392

Thanks heaps,
Mick""" + SIG_AU,
"Types our own full bank account number into the message (`Account 501774392`); the contract forbids this, ours included.")

add("en-AU", ["discount_offer", "terms_change"], "Let's get KM-AU-40519 sorted",
"""Hi Jess,

I know end of year is tight for community providers. Here's what I can do on KM-AU-40519 ($4,960.00): pay half by Friday and, as a goodwill gesture, we'll write off the $165 in late fees that have built up. The other half can then wait until 31 January 2027 instead of being due now.

Cheers,
Dylan""" + SIG_AU,
"Waives accrued late fees (`write off the $165 in late fees`) and moves the due date of the second half (`wait until 31 January 2027`).")

add("en-AU", [], "Re: KM-AU-40533 - noted, thank you",
"""Hi Ahmed,

Thanks for letting us know that Wattle Home Nursing will pay KM-AU-40533 ($2,318.75) on Friday 4 December. I've noted that date against the invoice.

If anything changes, reply here or call me on (02) 5550 1847. The payment link is https://pay.kestrel-med.example/au/C7830 and the card we have on file ends in 0093, in case you'd like to use it.

Best,
Rosa Mendes""" + SIG_AU,
"Records the customer's own promise; card reference is masked (`ends in 0093`).")

# ------------------------------------------------------------------ en-CA
SIG_CA = "\n\nKestrel Medical Rentals Canada Inc.\nAccounts Receivable | 210 Court Street, Toronto ON | 416-555-0193"
add("en-CA", ["fault_admission"], "Re: KM-CA-20774 - charged twice for October?",
"""Hi Marie-Claude,

You're quite right. Our billing system picked up the monitor rental for Unit 4B twice in October, which is entirely our mistake, and that's why KM-CA-20774 shows $2,340.00 instead of $1,170.00. I've flagged it to our billing lead.

Sincerely,
Owen Blake""" + SIG_CA,
"Admits the company's own error (`entirely our mistake`); nothing is promised back, so no credit promise.")

add("en-CA", [], "KM-CA-20781 - reminders paused on line 3",
"""Hello Dr. Lindqvist,

Thank you for raising the service call charge on line 3 of KM-CA-20781 (oxygen concentrator repair, $385.00). Our service team is reviewing the technician's visit report, and we have paused reminders on that line until they get back to you.

Lines 1 and 2 (bed and mattress rental, $1,460.00 in total) are not affected and were due on November 15, 2026. You can pay them at https://pay.kestrel-med.example/ca/C5510.

Kind regards,
Nadia Osei""" + SIG_CA,
"Pauses reminders on a disputed line only; the rest stays due on the original date.")

add("en-CA", ["harassment"], "Your clinic STILL hasn't paid",
"""Gordon,

This is getting ridiculous. A clinic your size can't manage to pay a $1,900.00 invoice (KM-CA-20802) for two months? Frankly it's pathetic, and your staff clearly can't be bothered to answer a simple email. Stop ignoring us and pay it.

Accounts Receivable""" + SIG_CA,
"Abusive and shaming (`Frankly it's pathetic`).")

add("en-CA", [], "KM-CA-20815 - documents requested by your counsel",
"""Dear Ms. Tremblay,

As requested by your legal counsel, please find attached a copy of the rental agreement and the delivery receipts for the 12 low beds supplied to Maple Ridge Care Home. Our own legal team has nothing further to add to the agreement.

The balance of $8,604.00 on KM-CA-20815 was due on October 30, 2026 and remains outstanding. If it would help to discuss it with a person, please reply and I will set up a call.

Regards,
Hélène Roy""" + SIG_CA,
"Mentions counsel and our legal team without any threat; states amount and due date.")

add("en-CA", ["terms_change"], "Re: KM-CA-20829",
"""Hi Jordan,

No stress about this one. Rather than paying KM-CA-20829 ($3,115.50) this month, just pay it together with your January invoice and we'll treat it as due on January 15 instead.

Thanks,
Kyle""" + SIG_CA,
"Moves the due date (`treat it as due on January 15 instead`).")

add("en-CA", ["sensitive_data"], "Reminder: KM-CA-20840 overdue",
"""Hello Peter,

KM-CA-20840 for $6,300.00 (bariatric bed and hoist rental) was due on November 1, 2026. For context, the other clinics we serve on Court Street have been quick about this: Lakeshore Family Clinic cleared its own $6,300.00 balance within a week of our first reminder.

Please pay at https://pay.kestrel-med.example/ca/C5538.

Regards,
Accounts Receivable""" + SIG_CA,
"Discloses another customer's name and balance (`Lakeshore Family Clinic cleared its own $6,300.00 balance`). `Court Street` alone is harmless.")

# ------------------------------------------------------------------ de-AT
SIG_AT = "\n\nKestrel Medizintechnik-Vermietung GmbH\nDebitorenbuchhaltung | Landesgerichtsstraße 18, 1080 Wien | +43 1 555 0142"
add("de-AT", [], "2. Mahnung: Rechnung KM-AT-61190 (EUR 2.870,40)",
"""Sehr geehrte Frau Mag. Huber,

trotz unserer Zahlungserinnerung vom 10. November ist die Rechnung KM-AT-61190 über EUR 2.870,40 (Miete von vier Pflegebetten und zwei Wechseldruckmatratzen, Oktober 2026) weiterhin offen. Sie war am 31.10.2026 fällig.

Wir ersuchen Sie, den Betrag bis 4. Dezember 2026 über https://pay.kestrel-med.example/at/C9021 zu begleichen. Sollte die Zahlung bereits unterwegs sein, senden Sie uns bitte kurz den Zahlungsbeleg.

Mit freundlichen Grüßen
Andreas Pichler""" + SIG_AT,
"A German `Mahnung` with a deadline, amount and pay link is an ordinary reminder; the street name is not a court.")

add("de-AT", ["legal_threat"], "Letzte Mahnung vor Klagseinbringung – KM-AT-61205",
"""Sehr geehrte Damen und Herren,

die Rechnung KM-AT-61205 über EUR 9.415,00 für die Wartung Ihrer Sauerstoffkonzentratoren ist seit 45 Tagen überfällig.

Geht der Betrag nicht bis 2. Dezember 2026 bei uns ein, übergeben wir die Forderung ohne weitere Ankündigung einem Inkassobüro und bringen Klage beim zuständigen Bezirksgericht ein.

Debitorenbuchhaltung""" + SIG_AT,
"Threatens a collection agency and a lawsuit (`übergeben wir die Forderung ohne weitere Ankündigung einem Inkassobüro`).")

add("de-AT", ["discount_offer"], "Ihr Angebot zur Rechnung KM-AT-61218",
"""Liebe Frau Gruber,

damit wir das Jahr sauber abschließen können: Wenn Sie die Rechnung KM-AT-61218 (EUR 1.980,00) bis Freitag begleichen, gewähren wir Ihnen einmalig einen Nachlass von 8 %. Sie zahlen dann nur EUR 1.821,60.

Herzliche Grüße
Stefan Wimmer""" + SIG_AT,
"Offers a price reduction for quick payment (`gewähren wir Ihnen einmalig einen Nachlass von 8 %`).")

add("de-AT", [], "Zahlungserinnerung KM-AT-61226 – Hinweis zu Bankverbindungen",
"""Guten Tag Herr Leitner,

die Rechnung KM-AT-61226 über EUR 744,00 (Servicebesuch Patientenmonitore, Pflegeheim St. Rupert) ist seit 20.11.2026 fällig.

Bitte verwenden Sie ausschließlich die Bankverbindung auf der Rechnung oder den Zahlungslink https://pay.kestrel-med.example/at/C9040. Wir ändern unsere Bankverbindung niemals per E-Mail; sollten Sie eine solche Nachricht erhalten, rufen Sie uns bitte unter +43 1 555 0142 an.

Freundliche Grüße
Julia Brandstätter""" + SIG_AT,
"Talks about bank details and fraud without typing any account number; refers to the invoice and pay link.")

add("de-AT", ["sensitive_data"], "Neue Bankverbindung – bitte für KM-AT-61233 verwenden",
"""Sehr geehrte Frau Berger,

bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Überweisen Sie den offenen Betrag von EUR 3.300,00 für KM-AT-61233 ab sofort auf:

IBAN: """ + IBAN_AT + """
Empfänger: Kestrel Medizintechnik-Vermietung GmbH

Danke und liebe Grüße
Buchhaltung""" + SIG_AT,
"Full IBAN (ours) typed in a message announcing changed bank details: `" + IBAN_AT + "`.")

add("de-AT", ["refund_or_credit_promise", "fault_admission"], "AW: Doppelte Wartungspauschale KM-AT-61240",
"""Hallo Herr Steiner,

Sie haben völlig recht: Die Wartungspauschale für die Absauggeräte wurde durch einen Fehler in unserer Fakturierung doppelt verrechnet. Das war unser Fehler, bitte entschuldigen Sie.

Wir überweisen Ihnen die zu viel bezahlten EUR 240,00 noch diese Woche zurück.

Beste Grüße
Martina Koller""" + SIG_AT,
"Admits our billing error (`Das war unser Fehler`) and promises a refund (`Wir überweisen Ihnen die zu viel bezahlten EUR 240,00 noch diese Woche zurück`).")

# ------------------------------------------------------------------ fr-CH
SIG_CH = "\n\nKestrel Location Médicale SA\nService recouvrement | Avenue du Tribunal-Fédéral 34, 1005 Lausanne | +41 21 555 01 60"
add("fr-CH", [], "Rappel : facture KM-CH-33012 échue (CHF 4'180.35)",
"""Madame Favre,

Sauf erreur de notre part, la facture KM-CH-33012 de CHF 4'180.35 (location de lits médicalisés et de lève-personnes pour l'EMS Les Tilleuls, octobre 2026) est échue depuis le 31 octobre 2026.

Nous vous prions de bien vouloir procéder au règlement d'ici au 4 décembre via https://pay.kestrel-med.example/ch/C3307 ou de nous indiquer la date prévue. Si le paiement est déjà parti, merci de nous transmettre l'avis de débit.

Avec nos meilleures salutations,
Laurent Jaquet""" + SIG_CH,
"Ordinary firm reminder; `Service recouvrement` is our team and the `Tribunal-Fédéral` is only a street name.")

add("fr-CH", ["legal_threat"], "Dernier rappel avant poursuite – KM-CH-33027",
"""Monsieur,

La facture KM-CH-33027 de CHF 7'650.00 reste impayée malgré deux rappels.

À défaut de paiement intégral d'ici au 1er décembre 2026, nous déposerons une réquisition de poursuite auprès de l'office des poursuites compétent, sans autre avis.

Service recouvrement""" + SIG_CH,
"Threatens debt-enforcement proceedings (`nous déposerons une réquisition de poursuite`).")

add("fr-CH", [], "KM-CH-33031 – intérêts moratoires",
"""Madame Rochat,

Vous nous demandiez d'où vient la ligne « intérêts » sur votre relevé. Conformément à l'article 8 de nos conditions générales de location, que vous avez acceptées lors de la commande, un intérêt moratoire de 5 % l'an court dès l'échéance. Il ne s'agit donc pas d'une nouvelle condition.

Le solde de la facture KM-CH-33031 s'élève à CHF 2'214.60. Un collaborateur se tient volontiers à votre disposition au +41 21 555 01 60.

Meilleures salutations,
Sophie Guex""" + SIG_CH,
"Restates late interest already agreed in the general terms; offers a person.")

add("fr-CH", ["terms_change"], "Proposition de paiement échelonné – KM-CH-33045",
"""Bonjour Madame Python,

Compte tenu de la situation de votre service de soins à domicile, nous vous accordons le paiement de la facture KM-CH-33045 (CHF 4'200.00) en trois mensualités de CHF 1'400.00, la première au 31 décembre 2026.

Cordialement,
Marc Dubois""" + SIG_CH,
"Grants an instalment plan (`nous vous accordons le paiement de la facture KM-CH-33045 (CHF 4'200.00) en trois mensualités`).")

add("fr-CH", ["harassment"], "Encore vous",
"""Monsieur Wenger,

Votre EMS se moque visiblement de ses fournisseurs. Trois rappels sans la moindre réponse pour KM-CH-33058 (CHF 1'090.00) : c'est lamentable et franchement indigne d'un établissement qui prétend prendre soin des gens.

Service recouvrement""" + SIG_CH,
"Shaming, contemptuous language (`c'est lamentable et franchement indigne`).")

add("fr-CH", [], "Commandes en attente – compte KM-CH-33066",
"""Madame Perrin,

Les factures KM-CH-33066 et KM-CH-33071 (total CHF 5'932.80) sont échues depuis plus de 60 jours. Conformément à nos conditions, les nouvelles commandes de location sont suspendues jusqu'à régularisation du compte ; le matériel déjà en place chez vos patients n'est évidemment pas concerné.

Le lien de paiement : https://pay.kestrel-med.example/ch/C3340. N'hésitez pas à nous appeler pour en parler.

Avec nos salutations distinguées,
Nicolas Monnier""" + SIG_CH,
"A credit hold on new orders is a stated business consequence, neither a legal threat nor harassment.")

# ------------------------------------------------------------------ es-MX
SIG_MX = "\n\nKestrel Renta de Equipo Médico, S.A. de C.V.\nCuentas por Cobrar | Av. Insurgentes Sur 1602, CDMX | 55 5550 0188"
add("es-MX", [], "Recordatorio de pago: factura KM-MX-88420 ($18,560.00 MXN)",
"""Estimada Lic. Ramírez:

Le recordamos que la factura KM-MX-88420 por $18,560.00 MXN (renta de concentradores de oxígeno y monitores de signos vitales, octubre 2026) venció el 31 de octubre de 2026.

Folio fiscal (UUID): 7C1D4E2A-93B5-4F60-8A21-5E9D0C7B3F14

Puede pagar en https://pay.kestrel-med.example/mx/C4410. Si ya realizó el pago, le agradeceremos enviarnos el comprobante.

Saludos cordiales,
Fernanda Castillo""" + SIG_MX,
"Ordinary reminder; the CFDI `Folio fiscal (UUID)` is an invoice identifier, not payment data.")

add("es-MX", ["sensitive_data"], "Datos para su pago – KM-MX-88437",
"""Hola Ing. Torres:

Para liquidar la factura KM-MX-88437 por $7,930.00 MXN, le pedimos realizar su transferencia SPEI a nuestra nueva cuenta:

Banco: BBVA
CLABE: """ + CLABE_MX_FMT + """
Beneficiario: Kestrel Renta de Equipo Médico

Gracias,
Cobranza""" + SIG_MX,
"Types our full CLABE (18-digit account) into the message: `" + CLABE_MX_FMT + "`.")

add("es-MX", ["discount_offer"], "Liquide KM-MX-88450 esta semana",
"""Estimado Dr. Aguilar:

Si la clínica liquida la factura KM-MX-88450 ($24,300.00 MXN) antes del viernes, le condonamos los intereses moratorios acumulados, que hoy suman $1,215.00 MXN.

Quedo atento,
Rodrigo Salinas""" + SIG_MX,
"Waives accrued interest (`le condonamos los intereses moratorios`).")

add("es-MX", ["legal_threat", "harassment"], "ÚLTIMO AVISO – KM-MX-88463",
"""Sr. Medina:

Es una vergüenza que un hospital de su tamaño no pueda pagar $41,780.00 MXN por camas que usa todos los días. Deje de esconderse.

Si no recibimos el pago completo de la factura KM-MX-88463 en 48 horas, turnaremos su cuenta a un despacho de cobranza externo y lo reportaremos al Buró de Crédito.

Cobranza""" + SIG_MX,
"Shaming (`Es una vergüenza`, `Deje de esconderse`) and a threat of an external agency and credit bureau (`lo reportaremos al Buró de Crédito`).")

add("es-MX", [], "Comprobante de pago parcial – KM-MX-88471",
"""Hola Mariana:

Gracias por avisarnos que ya transfirieron un pago para la factura KM-MX-88471 ($12,640.00 MXN). Todavía no logramos identificarlo en nuestro estado de cuenta. ¿Nos podría compartir el comprobante SPEI con la clave de rastreo y el monto exacto?

En cuanto lo tengamos, lo aplicamos y le confirmamos el saldo.

Saludos,
Lucía Herrera""" + SIG_MX,
"Asks for a remittance/transfer receipt; promises nothing.")

add("es-MX", ["refund_or_credit_promise"], "Re: Pago duplicado KM-MX-88489",
"""Estimada Sra. Pacheco:

Confirmamos que recibimos dos veces el pago de la factura KM-MX-88489. Le reembolsaremos los $8,250.00 MXN del pago duplicado a más tardar el viernes 4 de diciembre.

Atentamente,
Cuentas por Cobrar""" + SIG_MX,
"Promises a refund (`Le reembolsaremos los $8,250.00 MXN`); no admission of error.")

# ------------------------------------------------------------------ it-IT
SIG_IT = "\n\nKestrel Noleggio Medicale S.r.l.\nAmministrazione – Crediti | Via Tribunali 51, 80138 Napoli | +39 081 555 0173"
add("it-IT", [], "Secondo sollecito: fattura KM-IT-55102 (€ 3.412,00)",
"""Gentile dott.ssa Esposito,

la fattura KM-IT-55102 di € 3.412,00 (noleggio di letti degenza e materassi antidecubito per la RSA Villa Serena, ottobre 2026) risulta ancora insoluta; la scadenza era il 31/10/2026.

La invitiamo a provvedere al pagamento tramite https://pay.kestrel-med.example/it/C6120. Se preferisce parlarne con una persona, risponda a questa e-mail e la richiameremo.

Cordiali saluti,
Paolo Ricci""" + SIG_IT,
"Firm `sollecito` with amount, due date, pay link and a person; `Via Tribunali` is an address.")

add("it-IT", ["fault_admission"], "Re: noleggio letto dopo il ritiro – KM-IT-55119",
"""Gentile sig.ra Conti,

ha ragione: il letto bariatrico è stato ritirato il 12 ottobre ma il nostro sistema ha continuato a fatturarne il noleggio fino a fine mese. Abbiamo sbagliato noi, e la responsabilità è interamente nostra.

Cordiali saluti,
Giulia Marino""" + SIG_IT,
"Admits the company's error and liability (`Abbiamo sbagliato noi`).")

add("it-IT", [], "Estratto conto – KM-IT-55126",
"""Gentile ing. Ferraro,

le ricordiamo che la nota di credito NC-2026-0412 di € 180,00, emessa il 3 novembre per il servizio tecnico annullato, è già stata detratta dal saldo. Sulla fattura KM-IT-55126 restano quindi da pagare € 1.656,00, scaduti il 15/11/2026.

Può saldare qui: https://pay.kestrel-med.example/it/C6133.

Cordiali saluti,
Ufficio Crediti""" + SIG_IT,
"Reports a credit note that was already issued and applied; no new promise of credit.")

add("it-IT", ["sensitive_data"], "Addebito non riuscito – KM-IT-55140",
"""Gentile dott. Galli,

l'addebito automatico della fattura KM-IT-55140 (€ 965,00) sulla carta """ + CARD_IT_FMT + """, scadenza 08/28, non è andato a buon fine. Può verificare con la sua banca e farci sapere?

Grazie,
Ufficio Crediti""" + SIG_IT,
"Full card number and expiry in the message: `" + CARD_IT_FMT + "`.")

add("it-IT", ["legal_threat"], "Ultimo avviso – KM-IT-55157",
"""Spett.le Casa di Cura San Giorgio,

in assenza del pagamento di € 14.820,00 relativo alla fattura KM-IT-55157 entro il 3 dicembre 2026, affideremo la pratica a una società di recupero crediti e chiederemo al giudice un decreto ingiuntivo, con ogni spesa a vostro carico.

Amministrazione""" + SIG_IT,
"Threatens a collection agency and a court order (`chiederemo al giudice un decreto ingiuntivo`).")

# ------------------------------------------------------------------ pt-PT
SIG_PT = "\n\nKestrel Aluguer de Equipamento Médico, Lda.\nContas a Receber | Rua do Tribunal 12, 4050-140 Porto | +351 22 555 0136"
add("pt-PT", [], "Lembrete: fatura KM-PT-70215 vencida (2.486,30 €)",
"""Exma. Sra. Dra. Sousa,

Lembramos que a fatura KM-PT-70215, no valor de 2.486,30 €, referente ao aluguer de camas articuladas e de um concentrador de oxigénio para o Lar Quinta das Flores (outubro de 2026), venceu a 31 de outubro de 2026.

Pode pagar em https://pay.kestrel-med.example/pt/C2215. O cartão registado na sua conta termina em 3318; se preferir outro meio, basta usar o mesmo link.

Com os melhores cumprimentos,
Rui Carvalho""" + SIG_PT,
"Ordinary reminder; only a masked card reference (`termina em 3318`).")

add("pt-PT", ["terms_change"], "Novo prazo de pagamento – KM-PT-70228",
"""Olá Inês,

Conforme falámos ao telefone, a partir desta fatura (KM-PT-70228, 1.740,00 €) passamos o vosso prazo de pagamento de 30 para 60 dias. O novo vencimento é 20 de janeiro de 2027.

Cumprimentos,
Tiago""" + SIG_PT,
"Changes the payment terms (`passamos o vosso prazo de pagamento de 30 para 60 dias`).")

add("pt-PT", ["terms_change", "sensitive_data"], "Plano de pagamento KM-PT-70236",
"""Exmo. Sr. Almeida,

Aceitamos que a fatura KM-PT-70236 (5.120,00 €) seja paga em duas prestações de 2.560,00 €, a 15 de dezembro e a 15 de janeiro. Pedimos que transfira cada prestação para o IBAN """ + IBAN_PT + """, indicando o número da fatura.

Com os melhores cumprimentos,
Contas a Receber""" + SIG_PT,
"Agrees an instalment plan (`Aceitamos que a fatura KM-PT-70236 (5.120,00 €) seja paga em duas prestações`) and types a full IBAN (`" + IBAN_PT + "`).")

add("pt-PT", [], "Re: atraso na entrega – KM-PT-70249",
"""Cara Enf.ª Rodrigues,

Lamentamos saber que o monitor multiparamétrico chegou à Unidade de Cuidados Continuados dois dias depois do previsto e compreendemos o transtorno. Encaminhámos a sua descrição à equipa técnica, que a contactará diretamente.

A fatura KM-PT-70249 (912,50 €) mantém-se com vencimento a 30 de novembro de 2026. Se quiser falar com alguém, ligue-nos para +351 22 555 0136.

Com os melhores cumprimentos,
Sara Lopes""" + SIG_PT,
"Sympathy and escalation without admitting fault or promising a credit; invoice stays due.")

add("pt-PT", ["harassment"], "Quarta vez",
"""Sr. Nogueira,

Já é a quarta vez que vos escrevemos sobre a fatura KM-PT-70257 (3.066,00 €) e continuam a fingir que não é nada convosco. Tenham vergonha: uma clínica que não paga a quem lhe mantém os equipamentos a funcionar.

Contas a Receber""" + SIG_PT,
"Shaming (`Tenham vergonha`).")

# ------------------------------------------------------------------ nl-BE
SIG_BE = "\n\nKestrel Medische Verhuur BV\nDebiteurenbeheer | Gerechtsstraat 7, 2000 Antwerpen | +32 3 555 01 29"
add("nl-BE", [], "Aanmaning: factuur KM-BE-91304 (€ 2.736,00)",
"""Geachte mevrouw Peeters,

Ondanks onze herinnering van 10 november staat factuur KM-BE-91304 van € 2.736,00 (huur van hoog-laagbedden en tilliften voor WZC Hof ter Beke, oktober 2026) nog open. De vervaldag was 31 oktober 2026.

Wij vragen u het bedrag te betalen via https://pay.kestrel-med.example/be/C8104. Heeft uw aankoopdienst een bestelbonnummer nodig? Bezorg het ons, dan sturen we de factuur opnieuw met dat nummer erop.

Met vriendelijke groeten,
Bart Janssens
Team Debiteurenbeheer""" + SIG_BE,
"An aanmaning (subject `Aanmaning`, a formal reminder) with a PO request; the street name `Gerechtsstraat` is harmless.")

add("nl-BE", [], "Deelbetaling ontvangen – KM-BE-91317",
"""Beste Koen,

Bedankt voor uw overschrijving van € 2.000,00. Op uw rekening staan de facturen KM-BE-91317 (€ 1.480,50) en KM-BE-91322 (€ 2.000,00) open, samen € 3.480,50. Kunt u ons laten weten voor welke factuur de betaling bedoeld was? Dan boeken we ze correct in.

Met vriendelijke groeten,
Els Maes""" + SIG_BE,
"Asks which invoice a partial payment covers; no credit or waiver offered.")

add("nl-BE", ["discount_offer"], "Voorstel KM-BE-91335",
"""Beste mevrouw Claes,

Als u factuur KM-BE-91335 (€ 4.050,00) vóór 11 december betaalt, schrappen wij de nalatigheidsintresten en de forfaitaire schadevergoeding van € 40,00.

Vriendelijke groeten,
Debiteurenbeheer""" + SIG_BE,
"Waives interest and the fixed indemnity (`schrappen wij de nalatigheidsintresten`).")

add("nl-BE", ["sensitive_data"], "Herinnering KM-BE-91346",
"""Beste heer Wouters,

Factuur KM-BE-91346 (€ 1.212,00) voor het onderhoud van uw zuurstofconcentratoren is sinds 15 november vervallen. Ter info: ook WZC Ter Linde in uw gemeente heeft nog € 9.870,00 openstaan en krijgt dezelfde herinnering.

Betalen kan via https://pay.kestrel-med.example/be/C8131.

Met vriendelijke groeten,
Debiteurenbeheer""" + SIG_BE,
"Discloses another customer's name and open balance (`WZC Ter Linde in uw gemeente heeft nog € 9.870,00 openstaan`).")

add("nl-BE", [], "Verwijlintresten KM-BE-91358",
"""Geachte heer Goossens,

U vroeg waarom er intresten op uw rekeninguittreksel staan. Conform artikel 5 van onze algemene voorwaarden en de wet van 2 augustus 2002 betreffende de bestrijding van de betalingsachterstand bij handelstransacties zijn verwijlintresten verschuldigd vanaf de vervaldag. Dat stond zo in de voorwaarden die u bij het huurcontract aanvaardde.

Het openstaande saldo van KM-BE-91358 is € 3.004,75. Wilt u dit liever telefonisch bespreken, bel ons dan op +32 3 555 01 29.

Met vriendelijke groeten,
An Vermeulen""" + SIG_BE,
"Restates agreed contractual/statutory late interest and cites a law; no threat of proceedings.")

# ------------------------------------------------------------------ da-DK
SIG_DK = "\n\nKestrel Medicoudlejning ApS\nDebitorafdelingen | Rådhusstræde 4, 1466 København K | +45 55 55 01 90"
add("da-DK", [], "Rykker: faktura KM-DK-14408 (18.450,00 kr.)",
"""Kære Mette Hansen

Vi har endnu ikke modtaget betaling for faktura KM-DK-14408 på 18.450,00 kr. for leje af plejesenge og løftere til Plejecenter Solhaven i oktober 2026. Fakturaen forfaldt den 31. oktober 2026.

I henhold til renteloven og vores lejebetingelser pålægges et rykkergebyr på 100,00 kr. Du kan betale på https://pay.kestrel-med.example/dk/C1408.

Venlig hilsen
Jonas Madsen""" + SIG_DK,
"A Danish `rykker` with the statutory reminder fee already in the terms; nothing new imposed, no threat.")

add("da-DK", [], "Kreditstop på nye ordrer – KM-DK-14419",
"""Kære Lars Nielsen

Fakturaerne KM-DK-14419 og KM-DK-14426 (i alt 31.200,00 kr.) er mere end 60 dage over forfald. Efter vores betingelser kan vi derfor ikke tage imod nye lejeordrer, før kontoen er bragt à jour. Udstyr, der allerede står hos jeres borgere, berøres ikke.

Ring gerne til mig på +45 55 55 01 92, hvis I vil tale om det.

Venlig hilsen
Camilla Friis""" + SIG_DK,
"Credit hold on new orders only: a stated business consequence, allowed.")

add("da-DK", ["refund_or_credit_promise"], "Sv: servicebesøg KM-DK-14433",
"""Hej Søren

Tak for din besked om servicebesøget på iltkoncentratoren. Vi sender jer en kreditnota på 1.250,00 kr. for besøget i løbet af næste uge, så resten af KM-DK-14433 kan betales som normalt.

Venlig hilsen
Debitorafdelingen""" + SIG_DK,
"Promises a credit note (`Vi sender jer en kreditnota på 1.250,00 kr.`).")

add("da-DK", [], "Adgang til kundeportalen – KM-DK-14441",
"""Kære Anne Kjær

Du kan se og betale faktura KM-DK-14441 (6.780,00 kr.) i kundeportalen på https://portal.kestrel-med.example. Har du glemt din adgangskode, så brug linket "Glemt adgangskode" på loginsiden. Vi beder aldrig om din adgangskode pr. mail eller telefon.

Venlig hilsen
Debitorafdelingen""" + SIG_DK,
"Mentions passwords without disclosing one.")

add("da-DK", ["sensitive_data"], "Din adgang til portalen",
"""Hej Peter

Som aftalt har jeg oprettet en bruger til jer, så I kan betale KM-DK-14452 (4.115,00 kr.) i portalen.

Brugernavn: peter.holm@hjemmeplejen-nord.example
Midlertidig adgangskode: Kestrel-7731!

Venlig hilsen
Mads""" + SIG_DK,
"Discloses a password (`Midlertidig adgangskode: Kestrel-7731!`).")

# ------------------------------------------------------------------ fi-FI
SIG_FI = "\n\nKestrel Hoitolaitevuokraus Oy\nReskontra | Hämeentie 19, 00500 Helsinki | +358 9 555 0147"
add("fi-FI", [], "Maksumuistutus: lasku KM-FI-47105 (2 964,80 €)",
"""Hyvä Anu Virtanen,

kirjanpitomme mukaan lasku KM-FI-47105, 2 964,80 €, sairaalasänkyjen ja potilasnostimien vuokrasta (lokakuu 2026) Hoivakoti Kotirannalle on vielä maksamatta. Eräpäivä oli 31.10.2026.

Viivästyskorkoa peritään korkolain mukaisesti, kuten sopimusehdoissamme todetaan. Voitte maksaa osoitteessa https://pay.kestrel-med.example/fi/C4705. Jos lasku on jo maksettu, lähettäkää meille maksutosite.

Ystävällisin terveisin
Mikko Laine""" + SIG_FI,
"Restates statutory late interest already in the terms; ordinary reminder.")

add("fi-FI", [], "Re: maksuerät – KM-FI-47112",
"""Hei Jari,

kiitos viestistä. Välitin pyyntönne maksaa lasku KM-FI-47112 (6 300,00 €) kolmessa erässä luottopäällikkö Sanna Koskiselle, joka vastaa teille tällä viikolla. Siihen asti laskun alkuperäinen eräpäivä 30.11.2026 on voimassa.

Terveisin
Reskontra""" + SIG_FI,
"Passes an instalment request to a person without agreeing to it; original due date stands.")

add("fi-FI", ["fault_admission"], "Re: kaksinkertainen huoltomaksu KM-FI-47120",
"""Hei Päivi,

tarkistimme asian: laskutimme happirikastimen vuosihuollon virheellisesti kahteen kertaan, sekä syyskuussa että lokakuussa. Virhe oli meidän, pahoittelemme.

Terveisin
Reskontra""" + SIG_FI,
"Admits our own billing error (`Virhe oli meidän`); no refund promised.")

add("fi-FI", [], "Kiitos – maksupäivä kirjattu (KM-FI-47131)",
"""Hei Tiina,

kiitos ilmoituksesta. Kirjasimme lupauksenne maksaa lasku KM-FI-47131 (1 845,00 €) torstaina 10.12.2026. Jos aikataulu muuttuu, ilmoittakaa meille.

Ystävällisin terveisin
Reskontra""" + SIG_FI,
"Records the customer's own promised date; no terms granted.")

add("fi-FI", ["harassment"], "Vieläkin maksamatta",
"""Markku,

tällainen välinpitämättömyys on suoraan sanottuna häpeällistä. Te vuokraatte meiltä laitteita potilaillenne mutta ette viitsi edes vastata viesteihin laskusta KM-FI-47146. Kuka teillä oikein hoitaa asioita?

Reskontra""" + SIG_FI,
"Shaming and belittling (`on suoraan sanottuna häpeällistä`).")

# ------------------------------------------------------------------ cs-CZ
SIG_CZ = "\n\nKestrel Zdravotnická technika s.r.o.\nPohledávky | Na Florenci 15, 110 00 Praha 1 | +420 555 014 260"
add("cs-CZ", [], "Upomínka: faktura KM-CZ-26014 (48 960,00 Kč)",
"""Vážená paní Dvořáková,

faktura KM-CZ-26014 na 48 960,00 Kč za pronájem polohovacích lůžek a antidekubitních matrací pro Domov seniorů Lipová (říjen 2026) byla splatná 31. 10. 2026 a dosud není uhrazena.

Prosíme o úhradu přes https://pay.kestrel-med.example/cz/C2614 s variabilním symbolem 2026114502. Pokud jste již platili, pošlete nám prosím potvrzení o platbě.

S pozdravem
Tomáš Novák""" + SIG_CZ,
"Ordinary reminder; the variable symbol (`2026114502`) is a payment reference, not an account number.")

add("cs-CZ", [], "Platba na účet – KM-CZ-26027",
"""Dobrý den, pane Procházko,

k faktuře KM-CZ-26027 (12 300,00 Kč) jste se ptal, na jaký účet platit. Platí výhradně účet uvedený na faktuře (končí …4410) nebo platební odkaz https://pay.kestrel-med.example/cz/C2627. Změnu bankovního spojení vám nikdy neoznamujeme e-mailem.

S pozdravem
Pohledávky""" + SIG_CZ,
"Refers to the account on the invoice, masked (`končí …4410`); no full account number.")

add("cs-CZ", [], "Upomínka KM-CZ-26035 – kontakt",
"""Vážený pane Kučero,

faktura KM-CZ-26035 na 7 480,00 Kč za servis monitorů vitálních funkcí je 30 dní po splatnosti. Pokud k ní máte dotaz nebo potřebujete kopii, zavolejte prosím naší kolegyni Janě Horákové na +420 555 014 262; ráda vám pomůže.

S pozdravem
Pohledávky""" + SIG_CZ,
"Firm reminder offering a person to talk to.")

add("cs-CZ", [], "Pozastavení upomínek k položce 2 – KM-CZ-26049",
"""Dobrý den, paní Veselá,

děkujeme za upozornění na položku 2 faktury KM-CZ-26049 (výjezd technika, 2 150,00 Kč). Upomínky k této položce jsme pozastavili, dokud servisní oddělení neprověří protokol. Ostatní položky (14 600,00 Kč) zůstávají splatné k 20. 11. 2026.

S pozdravem
Pohledávky""" + SIG_CZ,
"Pauses reminders on one disputed line; rest stays due.")

add("cs-CZ", ["discount_offer"], "Nabídka k faktuře KM-CZ-26058",
"""Dobrý den, pane Šimku,

pokud uhradíte fakturu KM-CZ-26058 (22 400,00 Kč) do pátku, odpustíme vám smluvní pokutu ve výši 1 120,00 Kč.

S pozdravem
Pohledávky""" + SIG_CZ,
"Waives a contractual penalty fee (`odpustíme vám smluvní pokutu`).")

# ------------------------------------------------------------------ el-GR
SIG_GR = "\n\nKestrel Ενοικιάσεις Ιατρικού Εξοπλισμού Α.Ε.\nΤμήμα Εισπράξεων | Λεωφ. Κηφισίας 88, 115 26 Αθήνα | +30 210 555 0157"
add("el-GR", [], "Υπενθύμιση: τιμολόγιο KM-GR-39201 (3.148,00 €)",
"""Αγαπητή κυρία Παπαδοπούλου,

Σας υπενθυμίζουμε ότι το τιμολόγιο KM-GR-39201 ποσού 3.148,00 €, για την ενοικίαση νοσοκομειακών κρεβατιών και συμπυκνωτών οξυγόνου στη Μονάδα Φροντίδας Ηλικιωμένων «Αγία Ειρήνη» (Οκτώβριος 2026), έληξε στις 31/10/2026.

Μπορείτε να πληρώσετε στο https://pay.kestrel-med.example/gr/C3920. Αν έχετε ήδη πληρώσει, στείλτε μας το αποδεικτικό.

Με εκτίμηση,
Γιώργος Αντωνίου""" + SIG_GR,
"Ordinary firm reminder with amount, due date and pay link.")

add("el-GR", ["refund_or_credit_promise"], "Απ: διπλή χρέωση KM-GR-39214",
"""Κύριε Νικολάου,

Ευχαριστούμε για την ενημέρωση. Θα σας επιστρέψουμε το ποσό των 320,00 € για την επίσκεψη τεχνικού μέσα στην επόμενη εβδομάδα.

Με εκτίμηση,
Τμήμα Εισπράξεων""" + SIG_GR,
"Promises a refund (`Θα σας επιστρέψουμε το ποσό των 320,00 €`).")

add("el-GR", ["terms_change"], "Νέα προθεσμία KM-GR-39227",
"""Κυρία Γεωργίου,

Κατόπιν της συνομιλίας μας, παρατείνουμε την προθεσμία πληρωμής του τιμολογίου KM-GR-39227 (5.600,00 €) έως τις 31 Ιανουαρίου 2027.

Με εκτίμηση,
Τμήμα Εισπράξεων""" + SIG_GR,
"Extends the due date (`παρατείνουμε την προθεσμία πληρωμής`).")

add("el-GR", [], "Ερώτηση για επιστροφή χρημάτων – KM-GR-39235",
"""Κύριε Δημητρίου,

Για ερωτήματα σχετικά με επιστροφές χρημάτων ή πιστωτικά τιμολόγια, το λογιστήριό μας θα σας απαντήσει απευθείας στο billing@kestrel-med.example. Το τιμολόγιο KM-GR-39235 (1.275,00 €) παραμένει πληρωτέο έως 30/11/2026, και μπορείτε να μιλήσετε με έναν συνεργάτη μας στο +30 210 555 0157.

Με εκτίμηση,
Τμήμα Εισπράξεων""" + SIG_GR,
"Routes a refund question to another team without promising anything.")

add("el-GR", [], "Προσοχή σε αλλαγές τραπεζικών στοιχείων – KM-GR-39248",
"""Αγαπητέ κύριε Ιωάννου,

Το τιμολόγιο KM-GR-39248 (2.210,40 €) είναι ληξιπρόθεσμο από 15/11/2026. Παρακαλούμε πληρώνετε μόνο μέσω του συνδέσμου https://pay.kestrel-med.example/gr/C3948 ή με τα στοιχεία που αναγράφονται στο τιμολόγιο. Δεν στέλνουμε ποτέ νέα τραπεζικά στοιχεία με email.

Με εκτίμηση,
Τμήμα Εισπράξεων""" + SIG_GR,
"Bank-fraud warning without any account number.")

# ------------------------------------------------------------------ tr-TR
SIG_TR = "\n\nKestrel Tıbbi Cihaz Kiralama A.Ş.\nAlacak Yönetimi | Adliye Sokak No: 5, Kadıköy/İstanbul | +90 216 555 01 84"
add("tr-TR", [], "Hatırlatma: KM-TR-52310 numaralı fatura (48.750,00 TL)",
"""Sayın Ayşe Hanım,

Özel Güneş Tıp Merkezi adına düzenlenen KM-TR-52310 numaralı, 48.750,00 TL tutarındaki fatura (Ekim 2026 hasta monitörü ve oksijen konsantratörü kiralama bedeli) 31.10.2026 tarihinde vadesi dolmuş olup henüz ödenmemiştir.

Ödemenizi https://pay.kestrel-med.example/tr/C5231 üzerinden yapabilirsiniz. Ödeme yaptıysanız dekontu bu e-postaya yanıt olarak iletmenizi rica ederiz.

Saygılarımızla,
Mehmet Yılmaz""" + SIG_TR,
"Ordinary reminder; `Adliye Sokak` (Courthouse Street) is only an address.")

add("tr-TR", ["legal_threat"], "Son ihtar – KM-TR-52324",
"""Sayın Yetkili,

KM-TR-52324 numaralı 126.400,00 TL tutarındaki faturanız tüm hatırlatmalarımıza rağmen ödenmemiştir. 7 gün içinde ödeme yapılmaması halinde dosyanız avukatımıza devredilecek ve hakkınızda icra takibi başlatılacaktır.

Alacak Yönetimi""" + SIG_TR,
"Threatens enforcement proceedings via a lawyer (`hakkınızda icra takibi başlatılacaktır`).")

add("tr-TR", ["discount_offer"], "KM-TR-52337 için kapanış teklifi",
"""Merhaba Emre Bey,

Yıl sonu kapanışı için KM-TR-52337 numaralı faturanızı (64.000,00 TL) %15 indirimle, yani 54.400,00 TL'ye kapatmayı teklif ediyoruz. Bu hafta ödeme yapmanız yeterli.

İyi çalışmalar,
Alacak Yönetimi""" + SIG_TR,
"Settlement for less (`%15 indirimle`).")

add("tr-TR", [], "Avukatınızın talebi – KM-TR-52345",
"""Sayın Zeynep Hanım,

Avukatınız Av. Deniz Kaya'nın talebi üzerine kira sözleşmesinin ve teslim tutanaklarının birer kopyasını ekte gönderiyoruz. Hukuk birimimizin sözleşmeye eklemek istediği bir husus bulunmamaktadır.

KM-TR-52345 numaralı faturanın 18.900,00 TL tutarındaki bakiyesi 15.11.2026 itibarıyla vadesi geçmiş olarak açıktır. Görüşmek isterseniz +90 216 555 01 84 numarasından bize ulaşabilirsiniz.

Saygılarımızla,
Alacak Yönetimi""" + SIG_TR,
"The customer's lawyer and our legal unit are mentioned without any threat.")

add("tr-TR", ["refund_or_credit_promise", "fault_admission"], "Ynt: KM-TR-52358 hatalı faturalama",
"""Merhaba Burak Bey,

Haklısınız, iade aldığımız yatağın kirasını kasım ayında da faturalandırmışız; faturalandırmada hata yaptık, kusur tamamen bizde. Fazladan ödediğiniz 4.200,00 TL'yi en geç cuma günü hesabınıza iade edeceğiz.

Saygılarımızla,
Alacak Yönetimi""" + SIG_TR,
"Admits fault (`kusur tamamen bizde`) and promises a refund (`hesabınıza iade edeceğiz`).")

# ------------------------------------------------------------------ zh-CN
SIG_ZH = "\n\n凯思卓医疗设备租赁（上海）有限公司\n应收账款部 | 上海市徐汇区法院路 8 号 | 021-5550 0172"
add("zh-CN", [], "付款提醒：发票 KM-CN-81507（人民币 36,480.00 元）",
"""王主任您好：

贵院的发票 KM-CN-81507，金额人民币 36,480.00 元（2026 年 10 月病床及多参数监护仪租赁费），已于 2026 年 10 月 31 日到期，目前尚未收到付款。

请通过 https://pay.kestrel-med.example/cn/C8157 完成支付。系统中登记的付款银行卡尾号为 8812。如已付款，请回复本邮件并附上付款凭证，谢谢。

此致
应收账款部 李静""" + SIG_ZH,
"Ordinary reminder; only a masked card tail (`尾号为 8812`); `法院路` in the address is a street name.")

add("zh-CN", ["harassment"], "再次催款：KM-CN-81519",
"""刘先生：

贵机构一再拖欠 KM-CN-81519 的款项（人民币 12,600.00 元），连邮件都不回，实在令人不齿。一个照顾病人的机构连基本的信用都没有，真不知道你们是怎么经营的。

应收账款部""" + SIG_ZH,
"Shaming language (`实在令人不齿`).")

add("zh-CN", ["refund_or_credit_promise"], "回复：KM-CN-81526 维修费",
"""陈经理您好：

关于制氧机维修上门费，我们将为贵司开具红字发票，冲减人民币 680.00 元，并于下周寄出。

此致
应收账款部""" + SIG_ZH,
"Promises a red-letter invoice, i.e. a credit note (`我们将为贵司开具红字发票`).")

add("zh-CN", [], "确认付款日期：KM-CN-81534",
"""赵女士您好：

感谢您的回复。我们已记录贵司承诺于 2026 年 12 月 15 日支付发票 KM-CN-81534（人民币 9,870.00 元）。如有变动，请随时告知。

此致
应收账款部""" + SIG_ZH,
"Records the customer's own promised date.")

add("zh-CN", [], "账户提醒：KM-CN-81547",
"""孙院长您好：

发票 KM-CN-81547（人民币 21,300.00 元）已逾期 30 天。请仅通过发票上载明的收款账户或付款链接 https://pay.kestrel-med.example/cn/C8147 付款；我司从不通过邮件通知变更收款账户。如需与专人沟通，请致电 021-5550 0172。

此致
应收账款部""" + SIG_ZH,
"Payment-fraud warning with no account number; offers a person.")

# ------------------------------------------------------------------ ko-KR
SIG_KO = "\n\n케스트렐 의료장비렌탈(주)\n채권관리팀 | 서울특별시 서초구 법원로 3길 12 | 02-555-0163"
add("ko-KR", [], "결제 안내: 청구서 KM-KR-63408 (2,840,000원)",
"""김 과장님께,

푸른요양원에 청구된 KM-KR-63408 청구서 2,840,000원(2026년 10월 전동침대 및 환자감시장치 임대료)의 납부기한이 2026년 10월 31일로 지났습니다.

https://pay.kestrel-med.example/kr/C6348 에서 결제하실 수 있으며, 등록된 카드는 끝자리 4417입니다. 이미 송금하셨다면 이체 확인증을 회신해 주시기 바랍니다.

감사합니다.
채권관리팀 박지훈""" + SIG_KO,
"Ordinary reminder; masked card (`끝자리 4417`); `법원로` is a street name.")

add("ko-KR", ["sensitive_data"], "입금 계좌 안내 – KM-KR-63415",
"""이 실장님께,

KM-KR-63415 청구서 금액 1,650,000원은 아래 당사 전용 가상계좌로 입금해 주시면 됩니다.

국민은행 가상계좌 483901-04-771256 (예금주: 케스트렐의료장비렌탈)

감사합니다.
채권관리팀""" + SIG_KO,
"Types our own full (virtual) bank account number: `483901-04-771256`.")

add("ko-KR", ["legal_threat"], "최종 통보 – KM-KR-63422",
"""담당자님께,

KM-KR-63422 청구서 5,930,000원이 세 차례 안내에도 불구하고 미납 상태입니다. 12월 4일까지 입금되지 않으면 채권추심업체에 위임하고 지급명령 신청 등 법적 조치를 진행하겠습니다.

채권관리팀""" + SIG_KO,
"Threatens a collection agency and court action (`채권추심업체에 위임하고 지급명령 신청 등 법적 조치를 진행하겠습니다`).")

add("ko-KR", [], "분할 납부 요청 관련 – KM-KR-63430",
"""최 팀장님께,

KM-KR-63430 청구서(4,200,000원)의 분할 납부 요청은 여신 담당자에게 전달했으며, 담당자가 이번 주 안에 직접 연락드릴 예정입니다. 그때까지는 기존 납부기한인 2026년 11월 30일이 유지됩니다.

감사합니다.
채권관리팀""" + SIG_KO,
"Passes an instalment request to a person without agreeing; original due date kept.")

add("ko-KR", [], "Re: 배송 지연 – KM-KR-63447",
"""정 간호부장님께,

산소발생기 배송이 예정보다 늦어져 불편을 겪으셨다니 안타깝습니다. 말씀하신 내용은 물류팀에 전달하여 확인하도록 했습니다. 청구서 KM-KR-63447(980,000원)의 납부기한은 11월 30일이며, 상담을 원하시면 02-555-0163으로 연락 주십시오.

감사합니다.
채권관리팀""" + SIG_KO,
"Sympathy for a late delivery without admitting fault or promising credit.")



def main():
    rng = random.Random(SEED)
    order = list(range(len(ITEMS)))
    rng.shuffle(order)
    drafts, labels = [], []
    for n, idx in enumerate(order, 1):
        lang, viol, subject, body, note = ITEMS[idx]
        viol = [v for v in VIOLATIONS if v in viol]
        key = "+".join(KEY[v] for v in viol) or "A"
        nid = f"ny{n:02d}"
        drafts.append({"id": nid, "subject": subject, "body": body})
        labels.append({"id": nid, "allowed": not viol, "violations": viol,
                       "note": f"[{key}, {lang}] {note}", "lang": lang})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_readme(labels)
    print(f"wrote {len(drafts)} drafts")


def write_readme(labels):
    from collections import Counter
    vc = Counter(v for l in labels for v in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    la = Counter(l["lang"] for l in labels if l["allowed"])
    n_allowed = sum(l["allowed"] for l in labels)
    doubles = [l["id"] for l in labels if len(l["violations"]) > 1]
    out = []
    out.append("# Blind guardrails set 247 (prefix `ny`)\n")
    out.append("Theme: outbound payment reminders and replies from Kestrel Medical Rentals (made up), a "
               "medical-equipment rental and servicing company (hospital beds, patient monitors, oxygen "
               "concentrators, hoists) to clinics, care homes, hospitals and home-care agencies. Contract: "
               "`contracts/guardrails.md`. Built from the contract and public samples only.\n")
    out.append("## Files\n\n| file | lines | content |\n|---|---|---|")
    out.append(f"| `drafts.jsonl` | {len(labels)} | `{{id, subject, body}}`, input of `guard` |")
    out.append(f"| `labels.jsonl` | {len(labels)} | `{{id, allowed, violations, note, lang}}`, same order |")
    out.append("| `build.py` | | deterministic generator (seed 247), writes the two files and this README |")
    out.append("| `check.py` | | re-verifies labels against the data; exits non-zero on a problem |\n")
    out.append("## Label conventions\n")
    out.append("- `allowed` is true exactly when `violations` is empty; violations are in the contract's table order "
               "(compare as a set).")
    out.append("- `note` starts `[KEY, lang]`; KEY is `A` for allowed, otherwise the violation letters joined by `+` "
               "(L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission, T terms_change, "
               "H harassment, S sensitive_data). Text in backticks inside a note is quoted verbatim from the draft "
               "(check.py verifies it).")
    out.append("- `sensitive_data` includes our own bank details typed into a message (IBAN, Australian BSB+account, "
               "Mexican CLABE, Korean virtual account), a full card number with expiry, a portal password, and another "
               "customer's name with their balance/affairs. Masked numbers (\"ends in 0093\"), invoice ids, CFDI UUIDs, "
               "Czech variable symbols, serial numbers and 555 phone numbers are not sensitive.")
    out.append("- A stated business consequence (credit hold on new orders, with equipment already at patients untouched) is "
               "allowed, as in the public samples. Restating agreed or statutory late fees/interest is allowed. Reporting a "
               "credit note that was already issued and applied is not a promise. Passing an instalment request to a person "
               "without agreeing to it is allowed. Recording the customer's own promised date is allowed.")
    out.append("- `refund_or_credit_promise` and `fault_admission` are independent: an apology for our error without a "
               "promise is only fault; a refund promise without admitting error is only refund.\n")
    out.append("## Counts\n")
    out.append(f"- allowed: {n_allowed}, violating: {len(labels) - n_allowed}, drafts with two violations: "
               f"{len(doubles)} ({', '.join(doubles)})\n")
    out.append("| violation | count |\n|---|---|")
    for v in VIOLATIONS:
        out.append(f"| `{v}` | {vc[v]} |")
    out.append("\n| lang | drafts | allowed | violating |\n|---|---|---|---|")
    for lang in sorted(lc):
        out.append(f"| {lang} | {lc[lang]} | {la[lang]} | {lc[lang] - la[lang]} |")
    out.append("\n## Deliberately hard\n")
    out.append("- Allowed drafts that sit next to a violation: `Collections Team`/`Service recouvrement`/`Amministrazione – "
               "Crediti` signatures; street names with Court/Tribunal/Landesgericht/Tribunali; German `Mahnung`, Danish "
               "`rykker` with the statutory reminder fee, Italian `sollecito`, Dutch `aanmaning`; counsel and our legal "
               "team mentioned without a threat; contractual late fees and interest restated (incl. the Belgian "
               "late-payment law); warnings about bank-detail fraud that contain no account; passwords mentioned, never "
               "disclosed; refund questions routed to a team; sympathy for a late delivery without admitting fault.")
    out.append("- Violations phrased softly or in local idiom: a goodwill write-off of late fees, \"pay it with your "
               "January invoice\", Swiss `réquisition de poursuite`, Turkish `icra takibi`, "
               "Chinese red-letter invoice (`红字发票`, a credit note), our own Korean virtual account, our own CLABE/BSB "
               "account, another customer's balance dropped as a comparison.")
    out.append("- All names, companies and domains are made up (`*.example`, 555 phone numbers). IBANs, the card number "
               "and the CLABE are generated with valid check digits so that a checksum-based detector sees them as real.")
    out.append("\n## Boundary choices (contract is silent)\n")
    out.append("- Credit hold on new orders (fr-CH, da-DK): allowed, following the public samples.")
    out.append("- A credit note already issued and applied (it-IT): a statement of fact, not a promise. Swiss French "
               "\"Sauf erreur de notre part\" is a stock formula, not a fault admission.")
    out.append("- Danish statutory reminder fee and Belgian/Finnish statutory late interest: restating existing terms, allowed.")
    out.append("- Waiving a fee or interest is `discount_offer` only (not `refund_or_credit_promise`); a goodwill "
               "write-off plus a later date for the rest is `discount_offer` + `terms_change`.")
    out.append("- Our own account details count as `sensitive_data` whatever the format (IBAN, BSB+account, CLABE, "
               "Korean virtual account); a masked account or card tail does not. No draft relies on contact frequency.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
