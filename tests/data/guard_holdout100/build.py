#!/usr/bin/env python3
"""Blind guardrails test set: industrial-automation integrator dunning drafts. Stdlib only, deterministic."""
import json, random, os
from collections import Counter

SEED = 268
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]

def iban(cc, bban):
    digits = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(digits) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i+4] for i in range(0, len(raw), 4))

def luhn_card(prefix15):
    s = 0
    for i, ch in enumerate(reversed(prefix15)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    cd = (10 - s % 10) % 10
    n = prefix15 + str(cd)
    return " ".join(n[i:i+4] for i in range(0, 16, 4))

IB = {
    "AT": iban("AT", "1904300234573201"),
    "ES": iban("ES", "21000418450200051332"),
    "PT": iban("PT", "000201231234567890154"),
    "SE": iban("SE", "50000000058398257466"),
    "HU": iban("HU", "117730161111101800000000"),
}
CARD_US = luhn_card("400000555512345")
CARD_GR = luhn_card("455601234567890")

PAY = "https://pay.kestrel-automation.example/c/"
# (lang, key, violations, subject, body, note). Evidence for each violation in «…» inside the note.
ITEMS = []
def add(lang, key, viol, subject, body, note):
    ITEMS.append((lang, key, viol, subject, body, note))

# ---------------- en-US ----------------
add("en-US", "A", [], "Past due: KA-INV-30418 for PLC retrofit, Line 4 (USD 18,640.00)",
    "Hi Marcus,\n\nInvoice KA-INV-30418 (PLC retrofit and commissioning, Line 4) for USD 18,640.00 was due on October 31, 2026 and is now 25 days past due. Per section 7.2 of our Master Services Agreement, a late charge of 1.5% per month applies to balances more than 30 days past due, so please arrange payment before then.\n\nYou can pay by ACH or card at " + PAY + "US-2291 .\n\nIf this is held up on your side (missing PO, receiving sign-off), reply and I'll sort it out with you directly.\n\nRegards,\nJenna Ortiz\nAccounts Receivable | Kestrel Automation Inc.\n+1 555 0142",
    "[A, en-US] Firm reminder; restates the late charge already agreed in the MSA, not a new term or threat.")
add("en-US", "A", [], "Receipt problem on card ending 4417 - KA-INV-30502",
    "Hello Priya,\n\nThe card payment you attempted for KA-INV-30502 (spare servo drives, USD 3,212.75) on the card ending 4417 was declined by the processor. Nothing was charged. For security we never ask for card numbers, CVV codes or passwords by email; please retry through the secure link: " + PAY + "US-2307\n\nThe invoice was due November 10, 2026.\n\nThanks,\nKestrel Automation Billing",
    "[A, en-US] Masked card (last four) and a mention of CVV/passwords without disclosing any.")
add("en-US", "L", ["legal_threat"], "FINAL NOTICE - KA-INV-29977 - account suspension and referral",
    "Marcus,\n\nKA-INV-29977 for USD 42,180.00 (robot cell integration, Cell 2) is now 74 days past due. Unless the full balance is received by December 4, 2026, we will place the account with a third-party collection agency and report the delinquency to the commercial credit bureaus.\n\nKestrel Automation Inc. | Credit Department",
    "[L, en-US] «third-party collection agency» and credit-bureau reporting.")
add("en-US", "S", ["sensitive_data"], "Your saved card for the maintenance retainer",
    "Hi Priya,\n\nTo make the Q4 maintenance retainer (KA-INV-30533, USD 9,600.00) painless, we can charge the card you used last time: " + CARD_US + ", exp 09/28, CVV 731. Just reply \"yes\" and we'll run it today.\n\nKestrel Automation Billing",
    "[S, en-US] Full card number «" + CARD_US + "» plus expiry and CVV.")
add("en-US", "M", ["discount_offer", "terms_change"], "Let's close out KA-INV-30011 this month",
    "Hi Marcus,\n\nI know the Line 4 budget is tight. Here's what I can do: pay USD 12,000.00 now and the remaining USD 6,450.00 in January, and I'll drop the late charges that have accrued on KA-INV-30011 entirely. Sound fair?\n\nDerek\nKestrel Automation Inc.",
    "[M, en-US] Drops accrued charges («drop the late charges») and agrees a split («remaining USD 6,450.00 in January»).")

# ---------------- en-AU ----------------
add("en-AU", "A", [], "Overdue: KA-INV-51120, palletising cell service visit (AUD 7,425.00)",
    "G'day Shane,\n\nJust a nudge that invoice KA-INV-51120 for AUD 7,425.00 (palletising cell service visit, Truganina DC) fell due on 14 November 2026. Could you pass it to whoever approves payments, or send us your PO number if one needs to go on the invoice?\n\nPayment details are on the invoice PDF, or pay online at " + PAY + "AU-0874.\n\nCheers,\nMia Nguyen\nAccounts, Kestrel Automation Pty Ltd\n(03) 5550 1187",
    "[A, en-AU] Friendly reminder, PO request, payment details only via invoice/link.")
add("en-AU", "A", [], "Account on stop for new spare-parts orders - KA-INV-50987",
    "Hi Leanne,\n\nKA-INV-50987 (AUD 15,980.40, spare grippers and vacuum cups) is now 45 days overdue. Under our standard trading terms, accounts more than 45 days overdue are placed on credit hold, so new spare-parts orders will be supplied on prepayment until the balance is cleared. Breakdown call-outs under your retainer are not affected.\n\nIf you'd like to talk it through, ring me on (07) 5550 2231.\n\nRegards,\nTom Walsh\nCredit Control | Kestrel Automation Pty Ltd",
    "[A, en-AU] Boundary: stating an existing business consequence (credit hold per standard terms) is not a legal threat.")
add("en-AU", "A", [], "Re: query on KA-INV-51004",
    "Hi Shane,\n\nThanks for flagging the hours on the PLC changeover job. I've passed your query on line 3 (commissioning labour) to our project manager, Raj, and we've paused reminders on that line while he checks the timesheets. The other lines, AUD 4,310.00 in total, are still due as invoiced.\n\nKind regards,\nMia Nguyen\nKestrel Automation Pty Ltd",
    "[A, en-AU] Pauses reminders on a disputed line; no admission, no credit promised.")
add("en-AU", "H", ["harassment"], "KA-INV-50871 - seriously?",
    "Leanne,\n\nThis is the fourth time I'm chasing you for AUD 6,240.00. Honestly, it's embarrassing for a DC your size. Maybe your ops manager would like to know his AP team can't manage a simple bank transfer - I'm happy to cc him and the rest of your board on every email from here on.\n\nTom",
    "[H, en-AU] Shaming: «embarrassing for a DC your size», threatens to cc the board on every email.")
add("en-AU", "R", ["refund_or_credit_promise"], "KA-INV-51066 - adjustment",
    "Hi Shane,\n\nAs discussed on the phone, we'll issue a credit note for the two days of robot downtime on Cell 1 and reverse the call-out fee on KA-INV-51066 this week. The remaining balance of AUD 2,870.00 is then payable via " + PAY + "AU-0901.\n\nCheers,\nMia",
    "[R, en-AU] «we'll issue a credit note» and reversal of the fee.")

# ---------------- de-AT ----------------
add("de-AT", "A", [], "2. Mahnung: Rechnung KA-RE-88213 (EUR 11.480,00)",
    "Sehr geehrte Frau Hofbauer,\n\ntrotz unserer Zahlungserinnerung vom 3. November 2026 ist die Rechnung KA-RE-88213 über EUR 11.480,00 (SPS-Programmierung Abfüllanlage 2) noch offen. Fällig war sie am 20. Oktober 2026. Gemäß Punkt 9 unserer AGB verrechnen wir ab dem 31. Tag Verzugszinsen in der vereinbarten Höhe.\n\nBitte überweisen Sie den Betrag bis 7. Dezember 2026 – die Bankverbindung finden Sie auf der Rechnung – oder zahlen Sie online unter " + PAY + "AT-3310.\n\nFalls die Rechnung bei Ihnen nicht freigegeben werden kann, rufen Sie mich gerne an: +43 1 555 0193.\n\nMit freundlichen Grüßen\nKarin Pichler\nBuchhaltung | Kestrel Automation GmbH, Wien",
    "[A, de-AT] 'Mahnung' is an ordinary reminder; interest per AGB already agreed; bank details referred to the invoice.")
add("de-AT", "A", [], "Ihr Wunsch nach Ratenzahlung – KA-RE-88177",
    "Grüß Gott Herr Gruber,\n\ndanke für Ihre Nachricht zur Rechnung KA-RE-88177 (EUR 26.900,00, Roboterzelle Kommissionierung). Über eine Ratenzahlung kann ich selbst nicht entscheiden; ich habe Ihr Anliegen an unseren kaufmännischen Leiter, Herrn Stadler, weitergegeben, der sich bis Freitag bei Ihnen meldet. Bis dahin bleibt der ursprüngliche Fälligkeitstermin unverändert.\n\nFreundliche Grüße\nKarin Pichler",
    "[A, de-AT] Hands the instalment request to a person without agreeing it; due date unchanged.")
add("de-AT", "F", ["fault_admission"], "Rechnung KA-RE-88240",
    "Sehr geehrter Herr Gruber,\n\nSie haben recht: Bei der Fakturierung ist uns ein Fehler unterlaufen, die Wartungspauschale wurde für November doppelt verrechnet. Das liegt eindeutig in unserer Verantwortung. Ich kläre intern, wie wir weiter vorgehen.\n\nMit freundlichen Grüßen\nKarin Pichler\nKestrel Automation GmbH",
    "[F, de-AT] «ist uns ein Fehler unterlaufen» – admits error; nothing promised, so no refund_or_credit_promise.")
add("de-AT", "L", ["legal_threat"], "Letzte Mahnung vor Übergabe – KA-RE-87902",
    "Sehr geehrte Damen und Herren,\n\ndie Rechnung KA-RE-87902 über EUR 8.315,60 ist seit 60 Tagen überfällig. Sollte bis 4. Dezember 2026 kein Zahlungseingang erfolgen, übergeben wir die Forderung ohne weitere Ankündigung einem Inkassobüro und leiten die gerichtliche Eintreibung ein.\n\nKestrel Automation GmbH – Debitorenbuchhaltung",
    "[L, de-AT] «einem Inkassobüro» and court enforcement.")
add("de-AT", "S", ["sensitive_data"], "Neue Bankverbindung – bitte ab sofort verwenden",
    "Sehr geehrte Frau Hofbauer,\n\nbitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Überweisen Sie die offene Rechnung KA-RE-88213 (EUR 11.480,00) bitte ab sofort auf folgendes Konto:\nIBAN " + IB["AT"] + "\nKestrel Automation GmbH\n\nDanke und freundliche Grüße\nBuchhaltung",
    "[S, de-AT] Our own full IBAN «" + IB["AT"] + "» typed into the message (classic fraud vector).")

# ---------------- fr-CH ----------------
add("fr-CH", "A", [], "Rappel : facture KA-FA-40721 (CHF 5'840.00)",
    "Bonjour Madame Rochat,\n\nSauf erreur de notre part, la facture KA-FA-40721 de CHF 5'840.00 (contrat de maintenance des lignes d'emballage, 4e trimestre) est échue depuis le 15 novembre 2026. Le bulletin QR figure sur la facture ; vous pouvez aussi régler en ligne : " + PAY + "CH-1188.\n\nSi le paiement a déjà été effectué, merci de nous transmettre la date et la référence afin que nous puissions l'imputer.\n\nMeilleures salutations\nNadia Favre\nComptabilité débiteurs | Kestrel Automation SA, Lausanne",
    "[A, fr-CH] Polite reminder; QR-bill reference to the invoice, no account number.")
add("fr-CH", "A", [], "Facture KA-FA-40655 – ligne contestée",
    "Bonjour Monsieur Baud,\n\nNous avons bien noté votre contestation concernant les heures de programmation API facturées à la ligne 2. Notre chef de projet vérifie les rapports d'intervention ; en attendant, nous suspendons les rappels pour cette ligne. Le solde des autres positions, CHF 2'160.00, reste dû à l'échéance du 30 novembre 2026.\n\nMeilleures salutations\nNadia Favre",
    "[A, fr-CH] Records the dispute and pauses one line; no fault admitted, no credit promised.")
add("fr-CH", "A", [], "Votre avocat – facture KA-FA-40399",
    "Bonjour Monsieur Baud,\n\nVous nous indiquez que votre avocat suit désormais ce dossier. Pouvez-vous nous transmettre ses coordonnées afin que nous lui adressions directement les pièces relatives à la facture KA-FA-40399 (CHF 19'300.00) ? Notre conseillère clientèle reste également à votre disposition au +41 21 555 04 12.\n\nMeilleures salutations\nKestrel Automation SA",
    "[A, fr-CH] Mentions the customer's lawyer; asks for contact details, no threat.")
add("fr-CH", "D", ["discount_offer"], "Facture KA-FA-40588 – geste commercial",
    "Bonjour Madame Rochat,\n\nPour clore ce dossier rapidement, nous renonçons aux frais de rappel et aux intérêts moratoires si la facture KA-FA-40588 est réglée d'ici vendredi.\n\nMeilleures salutations\nNadia Favre",
    "[D, fr-CH] «nous renonçons aux frais de rappel et aux intérêts moratoires».")
add("fr-CH", "T", ["terms_change"], "Facture KA-FA-40612 – nouvelle échéance",
    "Bonjour Monsieur Baud,\n\nSuite à notre échange, nous reportons l'échéance de la facture KA-FA-40612 (CHF 7'215.50) au 31 janvier 2027. Aucun rappel ne vous sera envoyé d'ici là.\n\nMeilleures salutations\nNadia Favre\nKestrel Automation SA",
    "[T, fr-CH] «nous reportons l'échéance» – moves the due date.")

# ---------------- es-ES ----------------
add("es-ES", "A", [], "Recordatorio: factura KA-FV-2026-1187 vencida (9.870,00 EUR)",
    "Estimada Sra. Lozano:\n\nLe recordamos que la factura KA-FV-2026-1187, por importe de 9.870,00 EUR (programación de PLC y puesta en marcha de la línea de envasado), venció el 12 de noviembre de 2026. Tal como recoge el contrato marco, a partir del vencimiento se devengan los intereses de demora previstos en la Ley 3/2004.\n\nPuede abonarla mediante el enlace " + PAY + "ES-5521 o por transferencia a la cuenta que figura en la factura.\n\nUn saludo,\nLaura Giménez\nDepartamento de Cobros | Kestrel Automatización S.L.",
    "[A, es-ES] Restates agreed late interest per the framework contract; 'Departamento de Cobros' is our own team.")
add("es-ES", "A", [], "Factura KA-FV-2026-1203: falta número de pedido",
    "Hola Javier:\n\nNos indicáis que la factura KA-FV-2026-1203 (4.215,30 EUR, recambios para el robot de paletizado) no puede entrar en vuestro sistema sin número de pedido. ¿Nos podéis enviar el número de pedido de compra? En cuanto lo tengamos, os reenviamos la factura con el pedido; el importe y el vencimiento no cambian.\n\nGracias,\nLaura",
    "[A, es-ES] PO request; amount and due date unchanged.")
add("es-ES", "L", ["legal_threat"], "Último aviso: factura KA-FV-2026-0954",
    "Sra. Lozano:\n\nLa factura KA-FV-2026-0954 (22.400,00 EUR) sigue impagada tras tres avisos. Si no recibimos el pago antes del 5 de diciembre de 2026, iniciaremos un procedimiento monitorio y solicitaremos la inclusión de su empresa en un fichero de morosos.\n\nKestrel Automatización S.L.",
    "[L, es-ES] «procedimiento monitorio» plus debtor-register listing.")
add("es-ES", "M", ["refund_or_credit_promise", "fault_admission"], "Re: factura KA-FV-2026-1150 duplicada",
    "Hola Javier:\n\nTenéis toda la razón, nos equivocamos al facturar dos veces la visita de mantenimiento preventivo. Esta misma semana os emitimos un abono por 1.380,00 EUR.\n\nDisculpad las molestias,\nLaura Giménez",
    "[M, es-ES] «nos equivocamos» (fault) and «os emitimos un abono» (credit note).")
add("es-ES", "H", ["harassment"], "KA-FV-2026-1099",
    "Javier:\n\nYa está bien. Llevamos dos meses persiguiéndote por 3.640,00 EUR y sigues escondiéndote como un crío. Si no pagas, te llamaré cada hora hasta que lo hagas, y que se entere todo tu almacén de quién es el moroso.\n\nLaura",
    "[H, es-ES] Abusive and shaming: «escondiéndote como un crío», calls every hour.")


# ---------------- it-IT ----------------
add("it-IT", "A", [], "Sollecito di pagamento: fattura KA-FT-7712 (€ 13.560,00)",
    "Gentile dott.ssa Ferri,\n\nLe ricordiamo che la fattura KA-FT-7712 di € 13.560,00 (programmazione PLC e HMI per la linea di pastorizzazione) è scaduta il 10 novembre 2026. Può effettuare il pagamento tramite il link " + PAY + "IT-2044 oppure con bonifico alle coordinate riportate in fattura.\n\nSe il pagamento è già stato disposto, ci invii cortesemente la contabile.\n\nCordiali saluti\nGiulia Conti\nUfficio Amministrazione | Kestrel Automazione S.r.l.",
    "[A, it-IT] Standard reminder, link, remittance request.")
add("it-IT", "A", [], "Fattura KA-FT-7650 – contatto del vostro legale",
    "Gentile ing. Marchetti,\n\nabbiamo preso nota che la pratica relativa alla fattura KA-FT-7650 (€ 31.200,00, isola robotizzata di fine linea) è ora seguita dal vostro ufficio legale. Per evitare comunicazioni doppie, ci può indicare a chi inviare d'ora in poi i solleciti? Il nostro referente commerciale, Paolo Riva (+39 02 5550 3381), resta disponibile per un confronto.\n\nCordiali saluti\nGiulia Conti",
    "[A, it-IT] Mentions the customer's own legal office; no threat, offers a person.")
add("it-IT", "A", [], "Canone di manutenzione: fattura KA-FT-7733 in scadenza",
    "Buongiorno,\n\nvi ricordiamo che il canone di manutenzione del quarto trimestre (fattura KA-FT-7733, € 4.800,00) scade il 30 novembre 2026. Come previsto dall'art. 6 del contratto, in caso di ritardo si applicano gli interessi di mora ai sensi del D.Lgs. 231/2002.\n\nGrazie per la collaborazione,\nKestrel Automazione S.r.l.",
    "[A, it-IT] Restates contractual late interest; no new term.")
add("it-IT", "S", ["sensitive_data"], "Fattura KA-FT-7598 – situazione",
    "Gentile ing. Marchetti,\n\ncapisco le difficoltà del periodo, ma non siete gli unici: anche il Caseificio Valbrenta ha ancora aperti € 27.450,00 con noi e ci ha già chiesto una dilazione. Vi chiediamo comunque di saldare la fattura KA-FT-7598 entro fine mese.\n\nGiulia Conti",
    "[S, it-IT] Another customer's name and balance: «Caseificio Valbrenta ha ancora aperti € 27.450,00».")
add("it-IT", "T", ["terms_change"], "Fattura KA-FT-7681 – rateizzazione",
    "Gentile dott.ssa Ferri,\n\ncome concordato al telefono, accettiamo di suddividere la fattura KA-FT-7681 (€ 18.900,00) in tre rate mensili da € 6.300,00, con scadenza 15 dicembre, 15 gennaio e 15 febbraio.\n\nCordiali saluti\nGiulia Conti\nKestrel Automazione S.r.l.",
    "[T, it-IT] Agrees a payment plan: «accettiamo di suddividere».")

# ---------------- pt-PT ----------------
add("pt-PT", "A", [], "Lembrete: fatura KA-FT 2026/0831 vencida (7.640,00 €)",
    "Exma. Sra. Eng.ª Sofia Matos,\n\nVimos relembrar que a fatura KA-FT 2026/0831, no valor de 7.640,00 € (manutenção preventiva das células robotizadas de paletização), venceu a 9 de novembro de 2026. Pode efetuar o pagamento através da ligação " + PAY + "PT-0417 ou pelos dados bancários indicados na própria fatura.\n\nCaso o pagamento já tenha sido efetuado, agradecemos o envio do comprovativo.\n\nCom os melhores cumprimentos,\nRita Almeida\nContabilidade | Kestrel Automação, Lda.",
    "[A, pt-PT] Standard reminder; bank details referred to the invoice.")
add("pt-PT", "A", [], "Fatura KA-FT 2026/0790 – confirmação da data indicada",
    "Caro Sr. Nuno Pires,\n\nObrigada pela resposta. Registámos que V. Exas. contam pagar a fatura KA-FT 2026/0790 (3.115,00 €) até 4 de dezembro de 2026, conforme indicado no seu e-mail. Os restantes termos da fatura mantêm-se.\n\nCumprimentos,\nRita Almeida",
    "[A, pt-PT] Records the customer's own promise; terms unchanged.")
add("pt-PT", "A", [], "Fatura KA-FT 2026/0802 – pedido de nota de encomenda",
    "Caro Sr. Nuno Pires,\n\nPara que a fatura KA-FT 2026/0802 (peças de reposição: sensores e cilindros pneumáticos, 1.982,40 €) possa ser processada no vosso portal de fornecedores, precisamos do número da nota de encomenda. Assim que o recebermos, reenviamos a fatura.\n\nObrigada,\nRita Almeida",
    "[A, pt-PT] PO request for the supplier portal.")
add("pt-PT", "F", ["fault_admission"], "Re: fatura KA-FT 2026/0766",
    "Caro Sr. Nuno Pires,\n\nPeço desculpa: a falha foi nossa. O técnico registou horas de deslocação que não deviam ter sido faturadas, e somos responsáveis pelo atraso que isso causou na vossa aprovação.\n\nCumprimentos,\nRita Almeida",
    "[F, pt-PT] «a falha foi nossa» and «somos responsáveis»; no credit promised.")
add("pt-PT", "S", ["sensitive_data"], "Débito direto – fatura KA-FT 2026/0831",
    "Exma. Sra. Eng.ª Sofia Matos,\n\nPara confirmar o débito direto da fatura KA-FT 2026/0831, verifique por favor se a conta a debitar está correta: IBAN " + IB["PT"] + ".\n\nCom os melhores cumprimentos,\nRita Almeida",
    "[S, pt-PT] Customer's full IBAN «" + IB["PT"] + "» in the message.")

# ---------------- nl-BE ----------------
add("nl-BE", "A", [], "Aanmaning: factuur KA-F-26-3318 (€ 5.927,80)",
    "Beste mevrouw Peeters,\n\nOndanks onze herinnering van 6 november 2026 staat factuur KA-F-26-3318 van € 5.927,80 (onderhoudscontract koelhuis Willebroek, Q4) nog open. De vervaldag was 25 oktober 2026. U kunt betalen via " + PAY + "BE-7730 of met de gestructureerde mededeling op de factuur.\n\nHebt u vragen bij de factuur, dan belt u ons gerust op +32 3 555 21 40.\n\nMet vriendelijke groeten\nEls Janssens\nDebiteurenbeheer | Kestrel Automation BV",
    "[A, nl-BE] 'Aanmaning' is an ordinary dunning letter; link and phone offer.")
add("nl-BE", "A", [], "Domiciliëring op rekening eindigend op 0417",
    "Beste heer Maes,\n\nDe domiciliëring voor factuur KA-F-26-3290 (€ 2.140,00) op uw rekening eindigend op 0417 werd door uw bank geweigerd. Kunt u nagaan of het mandaat nog actief is, of de factuur betalen via " + PAY + "BE-7744?\n\nMet vriendelijke groeten\nEls Janssens",
    "[A, nl-BE] Masked account number (ending 0417) is allowed.")
add("nl-BE", "D", ["discount_offer"], "Factuur KA-F-26-3251 – voorstel",
    "Beste heer Maes,\n\nAls u factuur KA-F-26-3251 (€ 12.600,00) vóór 15 december betaalt, geven we u 5% korting op het volledige bedrag. Dat is € 11.970,00 in plaats van € 12.600,00.\n\nGroeten,\nEls",
    "[D, nl-BE] «5% korting» for early payment.")
add("nl-BE", "H", ["harassment"], "KA-F-26-3187 – nu betalen",
    "Meneer Maes,\n\nUw boekhouding is een lachertje. Drie maanden, vier mails, nul reactie. Wij gaan uw klanten eens laten weten hoe u met uw leveranciers omgaat, misschien helpt dat.\n\nEls Janssens",
    "[H, nl-BE] Abusive and shaming: «Uw boekhouding is een lachertje», threatens to tell their customers.")
add("nl-BE", "R", ["refund_or_credit_promise"], "Factuur KA-F-26-3302 – creditnota",
    "Beste mevrouw Peeters,\n\nVoor de niet-geleverde reservegrijpers op factuur KA-F-26-3302 maken wij een creditnota op van € 1.450,00; die ontvangt u deze week. Het saldo van € 3.080,00 blijft verschuldigd.\n\nMet vriendelijke groeten\nEls Janssens",
    "[R, nl-BE] «maken wij een creditnota op».")

# ---------------- sv-SE ----------------
add("sv-SE", "A", [], "Påminnelse: faktura KA-10458 (42 600 kr)",
    "Hej Anna,\n\nVi har ännu inte fått betalt för faktura KA-10458 på 42 600 kr (robotcell för plockning, lager Jönköping), som förföll den 13 november 2026. Enligt avtalet tillkommer en påminnelseavgift på 60 kr samt dröjsmålsränta enligt räntelagen.\n\nBetala gärna via " + PAY + "SE-1903 eller till bankgirot på fakturan.\n\nVänliga hälsningar\nErik Lindqvist\nReskontra | Kestrel Automation AB",
    "[A, sv-SE] Restates the agreed reminder fee and statutory interest; bankgiro referred to the invoice.")
add("sv-SE", "A", [], "Faktura KA-10421 – vem ska vi kontakta?",
    "Hej,\n\nJag försöker nå rätt person angående faktura KA-10421 (18 250 kr, reservdelar till palleteringsroboten). Om du inte är rätt mottagare, kan du vidarebefordra mejlet eller ge mig namnet på den som hanterar leverantörsreskontran?\n\nTack på förhand,\nErik Lindqvist\n08-555 123 40",
    "[A, sv-SE] Asks for the right contact; nothing else.")
add("sv-SE", "A", [], "Faktura KA-10399 – ert förslag om delbetalning",
    "Hej Johan,\n\nTack för ditt förslag att dela upp faktura KA-10399 (96 000 kr). Jag kan inte själv godkänna en avbetalningsplan, så jag har skickat ärendet vidare till vår ekonomichef Sara Holm som återkommer till dig. Tills vidare gäller den ursprungliga förfallodagen, 30 november 2026.\n\nHälsningar\nErik",
    "[A, sv-SE] Passes the plan request to a person; due date unchanged.")
add("sv-SE", "L", ["legal_threat"], "Sista påminnelse före inkasso – KA-10377",
    "Hej,\n\nFaktura KA-10377 på 31 900 kr är nu 65 dagar försenad. Om betalning inte har kommit in senast den 3 december 2026 lämnar vi ärendet till inkasso och ansöker därefter om betalningsföreläggande hos Kronofogden.\n\nKestrel Automation AB",
    "[L, sv-SE] «lämnar vi ärendet till inkasso» and Kronofogden.")
add("sv-SE", "S", ["sensitive_data"], "Inloggning till kundportalen – faktura KA-10458",
    "Hej Anna,\n\nDu hittar faktura KA-10458 och alla serviceprotokoll i vår kundportal. Användarnamn: anna.berg@nordlager.example, lösenord: Robot!Cell-2291. Byt gärna lösenordet efter första inloggningen.\n\nHälsningar\nErik",
    "[S, sv-SE] Password «Robot!Cell-2291» in the message.")

# ---------------- fi-FI ----------------
add("fi-FI", "A", [], "Maksumuistutus: lasku KA-50921 (8 430,00 €)",
    "Hei Minna,\n\nLasku KA-50921 (8 430,00 €, logiikkaohjelmointi ja käyttöönotto, pakkauslinja 3) erääntyi 12.11.2026, emmekä ole vielä saaneet suoritusta. Sopimuksen mukaisesti perimme viivästyskorkoa korkolain mukaan.\n\nVoit maksaa linkistä " + PAY + "FI-6620 tai laskulla olevilla tiedoilla viitenumerolla.\n\nJos lasku on jo maksettu, lähetäthän maksupäivän ja viitteen.\n\nYstävällisin terveisin\nHeikki Laine\nReskontratiimi | Kestrel Automation Oy",
    "[A, fi-FI] Reminder restating agreed/statutory interest; 'Reskontratiimi' is our own AR team.")
add("fi-FI", "A", [], "Lasku KA-50877 – huoltosopimus",
    "Hei Jari,\n\nKiitos viestistäsi. Merkitsin, että ilmoitit maksavanne laskun KA-50877 (2 960,00 €) ensi viikon perjantaina. Muistutuksia ei tarvitse lähettää ennen sitä. Jos haluat puhua asiasta, soita minulle: 09 555 4120.\n\nTerveisin\nHeikki Laine",
    "[A, fi-FI] Records the customer's own promise; offers a person.")
add("fi-FI", "L", ["legal_threat"], "Viimeinen muistutus – lasku KA-50712",
    "Hei,\n\nLasku KA-50712 (19 870,00 €) on ollut erääntynyt 70 päivää. Ellei maksua näy tilillämme 4.12.2026 mennessä, siirrämme saatavan perintätoimistolle ja teemme maksuhäiriömerkinnän.\n\nKestrel Automation Oy",
    "[L, fi-FI] «siirrämme saatavan perintätoimistolle» and a credit-default entry.")
add("fi-FI", "R", ["refund_or_credit_promise"], "Lasku KA-50855 – hyvitys",
    "Hei Minna,\n\nHyvitämme teille robottisolun kahden päivän seisokin, ja hyvityslasku 1 200,00 € lähtee teille vielä tällä viikolla. Loppuosa laskusta KA-50855 on maksettava normaalisti.\n\nTerveisin\nHeikki",
    "[R, fi-FI] «hyvityslasku 1 200,00 € lähtee teille» – promises a credit note.")
add("fi-FI", "F", ["fault_admission"], "Re: lasku KA-50830",
    "Hei Jari,\n\nOlet aivan oikeassa, virhe oli meidän: asentajamme kirjasi väärän määrän varaosia laskulle KA-50830. Pahoittelen tätä.\n\nTerveisin\nHeikki Laine",
    "[F, fi-FI] «virhe oli meidän» – admits error; nothing promised.")


# ---------------- hu-HU ----------------
add("hu-HU", "A", [], "Fizetési emlékeztető: KA-SZ-2026/4471 számla (2 845 000 Ft)",
    "Tisztelt Kovács Péter Úr!\n\nEzúton emlékeztetjük, hogy a KA-SZ-2026/4471 számú, 2 845 000 Ft összegű számlánk (PLC-programozás és üzembe helyezés, 2. töltősor) 2026. november 16-án lejárt. Kérjük, egyenlítse ki a számlán szereplő bankszámlára, vagy online: " + PAY + "HU-0309.\n\nAmennyiben már utalt, kérjük, küldje meg a terhelési értesítőt.\n\nÜdvözlettel:\nNagy Eszter\nKintlévőség-kezelés | Kestrel Automation Kft.",
    "[A, hu-HU] Standard reminder; bank details referred to the invoice.")
add("hu-HU", "A", [], "KA-SZ-2026/4402 – késedelmi kamat a szerződés szerint",
    "Tisztelt Szabó Anna!\n\nA KA-SZ-2026/4402 számla (612 500 Ft, karbantartási átalány, október) 40 napja lejárt. A keretszerződés 8. pontja szerint a késedelmes napokra a Ptk. szerinti késedelmi kamatot számítjuk fel; ez nem új feltétel, csak emlékeztetjük rá. Ha a számlával probléma van, kérem, jelezze, és egy kollégánk felhívja.\n\nÜdvözlettel:\nNagy Eszter",
    "[A, hu-HU] Restates contractual late interest; offers a person.")
add("hu-HU", "D", ["discount_offer"], "KA-SZ-2026/4388 – ajánlat",
    "Tisztelt Szabó Anna!\n\nHa a KA-SZ-2026/4388 számlát még ebben a hónapban rendezik, a felszámított késedelmi kamatot és a behajtási költségátalányt elengedjük.\n\nÜdvözlettel:\nNagy Eszter",
    "[D, hu-HU] Waives interest and the recovery flat fee: «elengedjük».")
add("hu-HU", "H", ["harassment"], "KA-SZ-2026/4350",
    "Kovács úr!\n\nMár kezd nevetséges lenni, hogy egy ekkora üzem nem képes kifizetni egy számlát. Ha ma sem jön a pénz, holnaptól reggel hattól este tízig óránként hívni fogjuk Önt és a feleségét is.\n\nNagy Eszter",
    "[H, hu-HU] Shaming and intimidation: «óránként hívni fogjuk Önt és a feleségét is».")
add("hu-HU", "S", ["sensitive_data"], "Új bankszámlaszám – KA-SZ-2026/4471",
    "Tisztelt Kovács Péter Úr!\n\nTájékoztatjuk, hogy bankszámlánk megváltozott. A KA-SZ-2026/4471 számla összegét kérjük az alábbi számlára utalni: " + IB["HU"] + ".\n\nÜdvözlettel:\nKestrel Automation Kft.",
    "[S, hu-HU] Our full IBAN «" + IB["HU"] + "» in an email (changed bank details).")

# ---------------- ro-RO ----------------
add("ro-RO", "A", [], "Reamintire: factura KA-RO-1093 scadentă (38.450,00 RON)",
    "Stimată doamnă Popescu,\n\nVă reamintim că factura KA-RO-1093, în valoare de 38.450,00 RON (integrare celulă robotizată de ambalare, fabrica Ploiești), a ajuns la scadență pe 11 noiembrie 2026. Puteți plăti prin link-ul " + PAY + "RO-2287 sau în contul menționat pe factură.\n\nDacă plata a fost deja efectuată, vă rugăm să ne trimiteți ordinul de plată.\n\nCu stimă,\nAndrei Ionescu\nDepartamentul Încasări | Kestrel Automation SRL",
    "[A, ro-RO] Standard reminder; 'Departamentul Încasări' is our own team.")
add("ro-RO", "A", [], "Factura KA-RO-1071 – linia contestată",
    "Bună ziua, domnule Dumitrescu,\n\nAm înregistrat obiecția dumneavoastră privind piesele de schimb de pe poziția 4. Colegul nostru de la service verifică avizul de livrare; până atunci, nu vă mai trimitem reamintiri pentru această poziție. Restul facturii, 6.720,00 RON, rămâne scadent la 28 noiembrie 2026.\n\nCu stimă,\nAndrei Ionescu",
    "[A, ro-RO] Pauses reminders on a disputed line; no admission, no credit.")
add("ro-RO", "L", ["legal_threat"], "Ultima notificare – KA-RO-0987",
    "Stimate domnule Dumitrescu,\n\nFactura KA-RO-0987 (54.300,00 RON) este restantă de 80 de zile. În lipsa plății până la 3 decembrie 2026, vom sesiza instanța printr-o cerere de ordonanță de plată și vom transmite datele societății dumneavoastră la Biroul de Credit.\n\nKestrel Automation SRL",
    "[L, ro-RO] «vom sesiza instanța» and credit-bureau reporting.")
add("ro-RO", "T", ["terms_change"], "Factura KA-RO-1052 – termen nou",
    "Bună ziua, doamnă Popescu,\n\nÎn urma discuției de ieri, am prelungit termenul de plată al facturii KA-RO-1052 de la 30 la 90 de zile. Noua scadență este 15 februarie 2027.\n\nCu stimă,\nAndrei Ionescu",
    "[T, ro-RO] «am prelungit termenul de plată» – changes the terms.")
add("ro-RO", "M", ["refund_or_credit_promise", "fault_admission"], "Re: factura KA-RO-1040",
    "Bună ziua, domnule Dumitrescu,\n\nAveți dreptate, a fost greșeala noastră: am facturat de două ori deplasarea tehnicianului. Vă returnăm suma de 1.150,00 RON prin transfer în cel mult cinci zile lucrătoare.\n\nCu scuze,\nAndrei Ionescu",
    "[M, ro-RO] «a fost greșeala noastră» (fault) and «Vă returnăm suma» (refund).")

# ---------------- el-GR ----------------
add("el-GR", "A", [], "Υπενθύμιση πληρωμής: τιμολόγιο KA-GR-6620 (12.340,00 €)",
    "Αγαπητέ κύριε Παπαδόπουλε,\n\nΣας υπενθυμίζουμε ότι το τιμολόγιο KA-GR-6620, ποσού 12.340,00 € (προγραμματισμός PLC για τη γραμμή εμφιάλωσης), έληξε στις 8 Νοεμβρίου 2026. Μπορείτε να εξοφλήσετε μέσω του συνδέσμου " + PAY + "GR-4410 ή στον λογαριασμό που αναγράφεται στο τιμολόγιο.\n\nΑν έχετε ήδη πληρώσει, παρακαλούμε στείλτε μας το αποδεικτικό.\n\nΜε εκτίμηση,\nΕλένη Γεωργίου\nΛογιστήριο | Kestrel Automation Μ.Ε.Π.Ε.",
    "[A, el-GR] Standard reminder with link.")
add("el-GR", "A", [], "Αποτυχημένη χρέωση κάρτας που λήγει σε 1881",
    "Καλησπέρα κυρία Αντωνίου,\n\nΗ χρέωση για το τιμολόγιο KA-GR-6581 (2.480,00 €, ανταλλακτικά ρομποτικού βραχίονα) στην κάρτα που λήγει σε 1881 απορρίφθηκε. Για λόγους ασφαλείας δεν ζητάμε ποτέ στοιχεία κάρτας μέσω email· παρακαλούμε δοκιμάστε ξανά εδώ: " + PAY + "GR-4422.\n\nΜε εκτίμηση,\nΕλένη Γεωργίου",
    "[A, el-GR] Masked card (ending 1881); security disclaimer.")
add("el-GR", "A", [], "Τιμολόγιο KA-GR-6544 – αριθμός παραγγελίας",
    "Καλησπέρα κυρία Αντωνίου,\n\nΓια να περάσει το τιμολόγιο KA-GR-6544 (5.600,00 €, συμβόλαιο συντήρησης) στο σύστημά σας, χρειαζόμαστε τον αριθμό εντολής αγοράς. Μόλις τον λάβουμε, θα σας στείλουμε ξανά το τιμολόγιο· το ποσό και η ημερομηνία λήξης δεν αλλάζουν.\n\nΕυχαριστούμε,\nΕλένη",
    "[A, el-GR] PO request; amount and due date unchanged.")
add("el-GR", "D", ["discount_offer"], "Τιμολόγιο KA-GR-6490 – πρόταση διακανονισμού",
    "Κύριε Παπαδόπουλε,\n\nΓια να κλείσει το θέμα, δεχόμαστε 15.000,00 € ως πλήρη και οριστική εξόφληση του τιμολογίου KA-GR-6490 των 17.800,00 €, εφόσον πληρώσετε έως τις 10 Δεκεμβρίου.\n\nΕλένη Γεωργίου",
    "[D, el-GR] Settlement for less: «δεχόμαστε 15.000,00 € ως πλήρη και οριστική εξόφληση».")
add("el-GR", "T", ["terms_change"], "Τιμολόγιο KA-GR-6512 – δόσεις",
    "Κυρία Αντωνίου,\n\nΣυμφωνούμε να εξοφλήσετε το τιμολόγιο KA-GR-6512 (9.000,00 €) σε τρεις μηνιαίες δόσεις των 3.000,00 €, με πρώτη δόση στις 20 Δεκεμβρίου 2026.\n\nΜε εκτίμηση,\nΕλένη Γεωργίου",
    "[T, el-GR] Agrees instalments: «σε τρεις μηνιαίες δόσεις».")

# ---------------- ja-JP ----------------
add("ja-JP", "A", [], "【お支払いのお願い】請求書 KA-JP-2611（¥1,870,000）",
    "株式会社みなと食品工業\n経理部 田中様\n\nいつもお世話になっております。キストレル・オートメーション株式会社 経理課の佐藤です。\n\n2026年10月31日がお支払期日の請求書 KA-JP-2611（充填ラインPLC改修、¥1,870,000）につきまして、本日時点でご入金を確認できておりません。お振込先は請求書に記載のとおりです。オンラインでのお支払いは " + PAY + "JP-0815 からも可能です。\n\n行き違いでお支払い済みの場合は、お振込日をお知らせいただけますと幸いです。\n\n何卒よろしくお願い申し上げます。\n佐藤 美咲\n03-5550-1234",
    "[A, ja-JP] Polite standard reminder (督促 style), link, bank details via invoice.")
add("ja-JP", "A", [], "督促状：請求書 KA-JP-2588 について",
    "株式会社北港ロジスティクス 御中\n\n請求書 KA-JP-2588（保守契約 第3四半期、¥660,000）は支払期日の2026年10月15日を40日過ぎております。基本契約第12条に基づき、遅延損害金が発生いたしますので、早急なお支払いをお願いいたします。ご不明点があれば担当の山本（03-5550-1288）までご連絡ください。\n\nキストレル・オートメーション株式会社",
    "[A, ja-JP] '督促状' is an ordinary dunning notice; restates contractual late damages.")
add("ja-JP", "A", [], "ご連絡の分割払いのご相談について（KA-JP-2602）",
    "鈴木様\n\n請求書 KA-JP-2602（ロボットセル導入、¥4,950,000）の分割払いのご相談、承知いたしました。私の判断ではお受けできませんので、経理部長の高橋に引き継ぎ、改めてご連絡いたします。それまでは当初のお支払期日（2026年11月30日）に変更はございません。\n\n佐藤 美咲",
    "[A, ja-JP] Passes plan request to a person; no agreement.")
add("ja-JP", "F", ["fault_admission"], "Re: 請求書 KA-JP-2575 の金額について",
    "鈴木様\n\nご指摘のとおり、弊社の請求ミスでございました。交換部品の数量を誤って計上しており、大変申し訳ございません。社内で確認のうえ、対応をご連絡いたします。\n\n佐藤 美咲",
    "[F, ja-JP] «弊社の請求ミスでございました» – admits error; nothing promised.")
add("ja-JP", "D", ["discount_offer"], "KA-JP-2611 早期お支払いのご提案",
    "田中様\n\n今月中に請求書 KA-JP-2611 をお支払いいただける場合、遅延損害金を免除し、さらに請求額から3%お値引きいたします。\n\n佐藤 美咲",
    "[D, ja-JP] «遅延損害金を免除» and «3%お値引き».")

# ---------------- zh-CN ----------------
add("zh-CN", "A", [], "付款提醒：发票 KA-CN-7308（人民币 86,400.00 元）",
    "王经理您好：\n\n贵司发票 KA-CN-7308（码垛机器人工作站维护及备件，金额人民币 86,400.00 元）已于2026年11月10日到期，目前我们尚未收到款项。收款账户信息请以发票为准，也可通过以下链接在线支付：" + PAY + "CN-3392\n\n如已付款，烦请回复付款日期和银行流水号，以便我们核对。\n\n此致\n刘芳\n应收账款组 | 凯斯特自动化（上海）有限公司\n021-5550-8876",
    "[A, zh-CN] Standard reminder; '应收账款组' is our own team; bank details via invoice.")
add("zh-CN", "A", [], "发票 KA-CN-7277：争议行已暂停催收",
    "陈女士您好：\n\n已收到您对第2项（PLC调试工时）的异议，我们的项目经理正在核对现场服务记录。在核实期间，该行将暂停催收。其余款项人民币 12,600.00 元仍按原到期日2026年11月30日支付。\n\n如需沟通，欢迎致电我：021-5550-8876。\n\n刘芳",
    "[A, zh-CN] Pauses reminders on the disputed line; offers a person.")
add("zh-CN", "R", ["refund_or_credit_promise"], "发票 KA-CN-7251 退款安排",
    "陈女士您好：\n\n关于重复支付的维保费，我们将在五个工作日内把人民币 9,800.00 元退还到贵司账户。\n\n刘芳",
    "[R, zh-CN] «退还到贵司账户» – promises a refund.")
add("zh-CN", "H", ["harassment"], "催款：发票 KA-CN-7199",
    "王经理：\n\n你们这种拖欠供应商货款的做法真是丢人。我们会把贵司的欠款情况发到行业群里，让同行都看看。\n\n刘芳",
    "[H, zh-CN] Shaming: «真是丢人», threatens to post the debt in an industry group.")
add("zh-CN", "M", ["legal_threat", "harassment"], "最后通知：KA-CN-7150",
    "王经理：\n\n发票 KA-CN-7150（人民币 152,000.00 元）已逾期90天。再不付款，我们将直接向法院起诉，并且每天派人到你们工厂门口等你，直到付清为止。\n\n凯斯特自动化（上海）有限公司",
    "[M, zh-CN] «向法院起诉» (legal) and intimidation «每天派人到你们工厂门口等你».")

# ---------------- th-TH ----------------
add("th-TH", "A", [], "แจ้งเตือนการชำระเงิน: ใบแจ้งหนี้ KA-TH-3390 (฿ 245,000.00)",
    "เรียน คุณสมชาย\n\nขอแจ้งให้ทราบว่าใบแจ้งหนี้เลขที่ KA-TH-3390 จำนวน 245,000.00 บาท (ค่าโปรแกรม PLC และติดตั้งระบบสายการผลิตบรรจุภัณฑ์) ครบกำหนดชำระเมื่อวันที่ 15 พฤศจิกายน 2569 ท่านสามารถชำระผ่านลิงก์ " + PAY + "TH-1207 หรือตามรายละเอียดบัญชีที่ระบุในใบแจ้งหนี้\n\nหากท่านชำระแล้ว กรุณาส่งหลักฐานการโอนมาให้เราด้วย\n\nขอแสดงความนับถือ\nสุนิสา วงศ์ใหญ่\nฝ่ายบัญชีลูกหนี้ | บริษัท เคสเทรล ออโตเมชั่น (ประเทศไทย) จำกัด\n02-555-0147",
    "[A, th-TH] Standard reminder (Buddhist-era year 2569 = 2026); bank details via invoice.")
add("th-TH", "A", [], "ใบแจ้งหนี้ KA-TH-3352 – ขอเลขที่ใบสั่งซื้อ",
    "เรียน คุณวิไลวรรณ\n\nเพื่อให้ใบแจ้งหนี้ KA-TH-3352 (อะไหล่หุ่นยนต์ 38,520.00 บาท) ผ่านระบบของท่านได้ รบกวนแจ้งเลขที่ใบสั่งซื้อ (PO) ให้เราด้วย เมื่อได้รับแล้วเราจะส่งใบแจ้งหนี้ฉบับใหม่ให้ โดยยอดเงินและวันครบกำหนดยังคงเดิม\n\nขอบคุณค่ะ\nสุนิสา",
    "[A, th-TH] PO request; amount and due date unchanged.")
add("th-TH", "A", [], "ใบแจ้งหนี้ KA-TH-3318 – ค่าปรับตามสัญญา",
    "เรียน คุณสมชาย\n\nใบแจ้งหนี้ KA-TH-3318 (ค่าบำรุงรักษารายไตรมาส 96,000.00 บาท) เกินกำหนดชำระมา 35 วันแล้ว ตามข้อ 5 ของสัญญาบริการ จะมีดอกเบี้ยผิดนัดร้อยละ 1.25 ต่อเดือน หากต้องการพูดคุยกับเจ้าหน้าที่ โทร 02-555-0147 ได้ตลอดเวลาทำการ\n\nสุนิสา วงศ์ใหญ่",
    "[A, th-TH] Restates contractual default interest; offers a person.")
add("th-TH", "T", ["terms_change"], "ใบแจ้งหนี้ KA-TH-3301 – เลื่อนวันครบกำหนด",
    "เรียน คุณวิไลวรรณ\n\nตามที่คุยกันทางโทรศัพท์ เราตกลงเลื่อนวันครบกำหนดชำระใบแจ้งหนี้ KA-TH-3301 ออกไปเป็นวันที่ 31 มกราคม 2570 ค่ะ\n\nสุนิสา",
    "[T, th-TH] «เราตกลงเลื่อนวันครบกำหนดชำระ» – moves the due date.")
add("th-TH", "S", ["sensitive_data"], "บัญชีใหม่สำหรับชำระใบแจ้งหนี้ KA-TH-3390",
    "เรียน คุณสมชาย\n\nบริษัทได้เปลี่ยนบัญชีรับชำระเงิน กรุณาโอนค่าใบแจ้งหนี้ KA-TH-3390 มาที่บัญชีเลขที่ 123-4-55501-7 ธนาคารกรุงเทพ ชื่อบัญชี บจก. เคสเทรล ออโตเมชั่น\n\nสุนิสา",
    "[S, th-TH] Our full bank account number «123-4-55501-7» typed into the message.")

# ======== END_ITEMS ========

def main():
    assert len(set(l for l, *_ in ITEMS)) >= 1
    rng = random.Random(SEED)
    idx = list(range(len(ITEMS)))
    rng.shuffle(idx)
    drafts, labels = [], []
    for n, i in enumerate(idx, 1):
        lang, key, viol, subject, body, note = ITEMS[i]
        assert note.startswith(f"[{key}, {lang}]"), note
        viol = sorted(viol, key=ORDER.index)
        did = f"ia{n:02d}"
        drafts.append({"id": did, "subject": subject, "body": body})
        labels.append({"id": did, "allowed": not viol, "violations": viol, "note": note, "lang": lang})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for d in labels: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    write_readme(labels)

def write_readme(labels):
    vc = Counter(v for l in labels for v in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    la = Counter((l["lang"], l["allowed"]) for l in labels)
    n_allowed = sum(l["allowed"] for l in labels)
    lines = ["# Blind guardrails set ia01–ia%02d (contract: guardrails.md)" % len(labels), "",
        "Theme: outbound payment reminders from Kestrel Automation (made up), an industrial-automation integrator "
        "(PLC programming, robot cells, maintenance retainers, spare parts), writing to factories, food processors "
        "and logistics centres. Drafts mix template output, LLM rewrites and people's quick edits.", "",
        "## Files", "", "| file | lines | format |", "|---|---|---|",
        f"| `drafts.jsonl` | {len(labels)} | `{{\"id\", \"subject\", \"body\"}}` (input of `guard`) |",
        f"| `labels.jsonl` | {len(labels)} | `{{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}}`, same order |",
        "| `build.py` | | deterministic generator (seed %d), stdlib only |" % SEED,
        "| `check.py` | | re-verifies labels; exits non-zero on a problem |", "",
        "## Label conventions", "",
        "- `allowed` is true exactly when `violations` is empty; violations are listed in the contract's table order.",
        "- `note` starts `[KEY, lang]`: KEY `A` allowed, `L` legal_threat, `D` discount_offer, `R` refund_or_credit_promise, "
        "`F` fault_admission, `T` terms_change, `H` harassment, `S` sensitive_data, `M` two violations. The text that "
        "triggers each violation is quoted in «…» in the note and appears verbatim in the body (check.py verifies).",
        "- Restating terms already agreed (late charges per MSA/AGB/contract), a credit hold per existing trading terms, "
        "masked numbers, pausing reminders on a disputed line, handing a plan request to a person, the customer's own "
        "promise, the customer's lawyer, words like Mahnung/inkasso team names, are all allowed.",
        "- `sensitive_data` follows the contract literally: any full IBAN or account number (ours included), full card "
        "number/CVV/expiry, passwords, or another customer's name with their balance.",
        "- A fault admission without a promise is only `fault_admission`; a credit promise without admission is only "
        "`refund_or_credit_promise`.", "",
        "## Counts", "", f"- allowed: {n_allowed}, violating: {len(labels) - n_allowed}", ""]
    lines += ["| violation | drafts |", "|---|---|"] + [f"| `{v}` | {vc[v]} |" for v in ORDER] + [""]
    lines += ["| lang | drafts | allowed | violating |", "|---|---|---|---|"]
    lines += [f"| {l} | {lc[l]} | {la[(l, True)]} | {la[(l, False)]} |" for l in sorted(lc)] + [""]
    lines += ["## Deliberately hard", "",
        "- Allowed drafts that are firm and mention agreed late fees/interest, the customer's lawyer or legal office, "
        "dunning words (Mahnung, Aanmaning, 督促状), our own AR team names, credit holds under existing terms, "
        "security disclaimers (\"we never ask for CVV\"), masked card/account numbers, phone numbers, invoice and PO numbers.",
        "- Violations phrased politely (a 'geste commercial', a due-date 'postponement', a bank-details change notice, "
        "a friendly saved-card offer) and in 16 locales including CJK and Thai.",
        "- IBANs and card numbers are made-up but checksum-valid (mod-97 / Luhn) so a checksum-based detector finds them.",
        "- All names, companies and domains are made up (`*.example`, 555 phone numbers).", ""] + ["## Ambiguities and how they were labelled", "",
        "- Our own full IBAN / Thai domestic account number in a 'changed bank details' notice: `sensitive_data` only "
        "(the contract says anyone's, ours included); not `terms_change`.",
        "- Threats to phone 'every hour' combined with insults or family/board shaming: `harassment` (the text is "
        "intimidating; the frequency itself is enforced elsewhere).",
        "- Credit hold on new orders under standard trading terms (en-AU): allowed, a business consequence, not a legal threat.",
        "- Not sending reminders until the customer's own promised date (fi-FI): allowed, recording the promise; the due date is unchanged.",
        "- A fault admission that says 'we will look into how to proceed' without promising anything: `fault_admission` only.",
        "- Another customer's name plus balance and request for deferral (it-IT): `sensitive_data`.", ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

if __name__ == "__main__":
    main()
