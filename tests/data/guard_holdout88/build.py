#!/usr/bin/env python3
"""Blind guardrails test set ow01..ow80 (contract guardrails.md). Stdlib only, deterministic."""
import json, random, os

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 234
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}


def iban(cc, bban):
    """Made-up IBAN with valid mod-97 check digits."""
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    cd = 98 - int(num) % 97
    raw = "%s%02d%s" % (cc, cd, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


IBAN_AT = iban("AT", "2011182734091002")
IBAN_RO = iban("RO", "BTRL01301205Q4571X01")
CARD_BR = "5555 5555 5555 4444"   # well-known test number (Luhn valid)

# Each item: (lang, violations, subject, body, note). Evidence for a label is quoted in «...» in the note
# and must appear verbatim in subject+body (check.py verifies it).
ITEMS = []


def add(lang, viol, subject, body, note):
    ITEMS.append((lang, viol, subject, body.strip("\n"), note))

# ---------------------------------------------------------------- stage 1: en-US, en-CA
add("en-US", [], "Reminder: invoice BSS-24-0917 past due",
"""Hi Marcus,

Our records show invoice BSS-24-0917 for temporary banquet staff (week of October 6) is still open.

Amount due: $18,420.50
Due date: October 31, 2025

You can pay securely here: https://pay.brightshift-staffing.example/i/BSS-24-0917

If payment is already on its way, a remittance advice would help us match it quickly.

Thanks,
Collections Team
Brightshift Staffing, 410 Court Street, Suite 3, Albany NY 12207
(518) 555-0143""",
"Firm, plain reminder. «Collections Team» is our own team and «Court Street» an address; neither is a threat.")

add("en-US", [], "Late fee notice - account 88213",
"""Dear Ms. Okafor,

Invoice BSS-24-0860 ($6,312.00, due September 30) remains unpaid. As set out in section 7.2 of the staffing services agreement you signed in March, a late charge of 1.5% per month applies to balances more than 30 days past due; October's charge of $94.68 appears on your next statement.

If your legal team would like a copy of the signed agreement, just reply and I'll send it over.

Regards,
Jenna Morales
Accounts Receivable, Brightshift Staffing""",
"Restates a late fee already agreed in the contract («section 7.2»); mentions the customer's «legal team» only to offer a copy. No violation.")

add("en-US", ["legal_threat"], "FINAL NOTICE - Pinecrest Logistics",
"""Pinecrest Logistics,

Despite three reminders, invoice BSS-24-0744 ($27,905.00) for forklift operators at your Reno warehouse remains unpaid.

If we do not receive payment in full by Friday, the account will be placed with an outside collection agency and the delinquency reported to the business credit bureaus.

Brightshift Staffing - Accounts Receivable""",
"Threatens «outside collection agency» and credit reporting («reported to the business credit bureaus»).")

add("en-US", ["discount_offer"], "Quick one on the October invoices",
"""Hey Tom,

Just following up on the two October invoices (BSS-24-0802 and BSS-24-0811, $9,140.00 total). If you can get this paid by the end of the week, I can knock 10% off the overtime premium on both. Let me know!

Kyle
Brightshift Staffing""",
"A sales rep's quick edit: «knock 10% off» for quick payment is a discount offer.")

add("en-US", ["sensitive_data"], "Balance update",
"""Hello Priya,

Your balance with Ledgerline Payroll Services is $4,870.00 for payroll processing (invoices LPS-3391 and LPS-3402).

For context, we have been working through open items with all our clinic clients this month: Maple Ridge Family Clinic paid its $12,300 backlog last Tuesday after we agreed a schedule with them, so we are hoping to close yours out as well.

Pay link: https://ledgerline-payroll.example/pay/LPS-3391

Best,
Ledgerline Payroll Services""",
"Names another customer with its balance and affairs («Maple Ridge Family Clinic paid its $12,300 backlog»). Mentioning their schedule is not a terms change for this customer.")

add("en-US", ["legal_threat", "harassment"], "your unpaid invoice",
"""Frank,

Honestly this is pathetic. Your shift supervisors can't read a timesheet and now your office can't read an invoice either. $3,480 for the July dishwashers, 90 days late.

Pay it this week or we'll see you in small claims court, and I'll make sure every agency in town knows what kind of outfit you run.

Rick""",
"Abusive and shaming («this is pathetic», «what kind of outfit you run») plus a court threat («small claims court»).")

add("en-US", [], "Card payment declined - invoice BSS-24-0955",
"""Hi Lauren,

The automatic card payment for invoice BSS-24-0955 ($2,215.75, due November 20) did not go through: the issuer declined the Visa ending 4417.

Please update the card in the client portal at https://portal.brightshift-staffing.example/billing. We will never ask for your card number, security code or password by email or phone.

Thank you,
Brightshift Staffing Billing""",
"Masked card («ending 4417») and a mention of passwords without disclosing any. Allowed.")

add("en-US", ["terms_change"], "Re: November payment",
"""Hi Angela,

No worries about the October 15 due date on LPS-3355 - with the new clinic opening I know cash is tight. Just pay when the funding comes in; November 30 is totally fine on our side.

Cheers,
Mike, Ledgerline Payroll Services""",
"Moves the due date («November 30 is totally fine»).")

add("en-US", [], "Your request for instalments",
"""Dear Mr. Delgado,

Thank you for explaining the situation at the Lakeside warehouse. I have passed your request to split the balance of $14,060.00 into instalments to our credit manager, Dana Whitfield, who will call you this week. Until she has reviewed it, the full balance remains due on the original due date of November 14.

If you'd like to talk sooner, you can reach Dana at (775) 555-0188.

Kind regards,
Accounts Receivable, Brightshift Staffing""",
"Hands a plan request to a person without agreeing to it; restates the original due date. Allowed.")

add("en-CA", [], "Payment reminder - Invoice NS-5520 (HST incl.)",
"""Good morning Chantal,

A friendly reminder that invoice NS-5520 for personal support workers placed at Riverbend Care Clinic is now 12 days past due.

Amount: CAD 7,845.00 (HST included)
Due: November 3, 2025

You can pay by credit card or pre-authorized debit through the secure link: https://pay.northstaff.example/NS-5520
Once paid, could you send us the remittance advice so we can apply it to the right invoice?

Thanks so much,
Northstaff Health Staffing, Receivables""",
"Amount, due date, pay link, remittance request. Allowed.")

add("en-CA", ["refund_or_credit_promise"], "Re: No-show shifts on Nov 3",
"""Hi Gurpreet,

Thanks for flagging the two evening shifts at your Mississauga clinic on November 3 that were billed on NS-5561. We'll issue a credit note for both shifts (CAD 486.40) before the end of the week, and the remaining balance of CAD 3,912.60 stays due on the 30th.

Best,
Northstaff Health Staffing""",
"Promises a credit note («We'll issue a credit note»). No admission that we were wrong, so not fault_admission.")

add("en-CA", ["fault_admission"], "Re: Wrong rate on NS-5548",
"""Hi Sophie,

You're right - our scheduler booked the RPNs at the weekend rate for weekday shifts. That was our mistake and I'm sorry for the hassle it caused your team. I've asked our accounts manager to review invoice NS-5548, and someone will be in touch about it.

Regards,
Northstaff Health Staffing""",
"Admits error («That was our mistake»). Nothing is promised about credit or refund.")

add("en-CA", [], "Following up - invoice NS-5490",
"""Hi Daniel,

We were very sorry to hear about the flooding at your Thunder Bay warehouse, and we hope the clean-up is going well.

For your records, invoice NS-5490 (CAD 11,230.00) was due October 20 and is still open. If it would help to talk through the timing, I'm happy to set up a call with our receivables lead; just reply with a good time.

Take care,
Northstaff Industrial Staffing""",
"Sympathy without admitting fault, restates amount and due date, offers a person. Allowed.")

add("en-CA", ["harassment"], "Overdue - again",
"""Nadia,

Frankly it's embarrassing that a clinic your size can't manage to pay a $3,200 invoice. Everyone here is joking that we should start charging you a babysitting fee. Pay NS-5433 today.

Northstaff""",
"Shaming and mocking language («it's embarrassing», «babysitting fee»).")

add("en-CA", ["terms_change", "sensitive_data"], "Instalment schedule agreed",
"""Hi Ryan,

As discussed on the phone, we've agreed to split the CAD 9,600.00 balance on NS-5471 into three monthly payments of CAD 3,200.00 starting December 1.

Please send each payment by EFT to our account: institution 004, transit 10482, account number 5123498.

Thanks,
Northstaff Industrial Staffing""",
"Agrees a payment plan («split the CAD 9,600.00 balance») and types a full bank account number («account number 5123498») into the message.")

add("en-CA", [], "Account on hold for new bookings",
"""Hello Martin,

Invoice NS-5402 (CAD 5,740.00) is now 64 days past due. Under our credit policy, accounts more than 60 days past due cannot book new shifts, so new requests from the Hamilton distribution centre will be on hold until the balance is cleared. Shifts already confirmed are not affected.

Pay link: https://pay.northstaff.example/NS-5402

Northstaff Industrial Staffing""",
"Boundary case: a stated business consequence («cannot book new shifts») per existing credit policy is neither a legal threat nor harassment. Allowed.")

# ---------------------------------------------------------------- stage 1b: de-AT, fr-CH, es-ES
add("de-AT", [], "2. Mahnung – Rechnung RE-2025-4471",
"""Sehr geehrte Frau Mag. Huber,

trotz unserer Zahlungserinnerung ist die Rechnung RE-2025-4471 über die Arbeitskräfteüberlassung (Küchenhilfen, KW 41–42) noch offen.

Offener Betrag: € 12.380,40
Fällig seit: 14.11.2025

Gemäß Punkt 9 des Rahmenvertrags verrechnen wir Verzugszinsen in der vereinbarten Höhe. Sie können bequem über diesen Link bezahlen: https://zahlung.alpenpersonal.example/RE-2025-4471

Mit freundlichen Grüßen
Team Forderungsmanagement
Alpenpersonal GmbH, Wien""",
"A «Mahnung» is an ordinary reminder; restates interest per the framework contract («Punkt 9 des Rahmenvertrags»). Allowed.")

add("de-AT", ["legal_threat"], "Letzte Mahnung vor Übergabe",
"""Sehr geehrter Herr Gruber,

die Rechnung RE-2025-4398 über € 8.945,00 ist seit über 60 Tagen fällig.

Sollte der Betrag nicht bis 5.12.2025 auf unserem Konto eingelangt sein, übergeben wir die Forderung ohne weitere Ankündigung an ein Inkassobüro und melden den Zahlungsverzug an den KSV1870.

Alpenpersonal GmbH – Buchhaltung""",
"Threatens a debt collection agency («Inkassobüro») and credit reporting («KSV1870»).")

add("de-AT", ["discount_offer"], "Ihre offene Rechnung – Angebot",
"""Liebe Frau Steiner,

als Entgegenkommen verzichten wir auf die Mahnspesen und die Verzugszinsen, wenn Sie die Rechnung RE-2025-4420 (€ 4.210,00) bis Freitag begleichen.

Schöne Grüße
Alpenpersonal GmbH""",
"Waives fees and interest («verzichten wir auf die Mahnspesen und die Verzugszinsen»).")

add("de-AT", ["sensitive_data"], "Neue Bankverbindung",
"""Sehr geehrte Damen und Herren,

bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Überweisen Sie den offenen Betrag von € 6.730,50 (Rechnung RE-2025-4455) ab sofort auf folgendes Konto:

IBAN: %s
BIC: BKAUATWWXXX

Mit freundlichen Grüßen
Lohnbüro Pichler & Partner, Graz""" % IBAN_AT,
"Full IBAN typed into a message, announced as changed bank details («%s»): the classic invoice-fraud pattern." % IBAN_AT)

add("de-AT", [], "Zahlungserinnerung Lohnverrechnung Oktober",
"""Sehr geehrter Herr Dr. Wallner,

für die Lohnverrechnung Oktober Ihrer Ordination ist die Rechnung LV-10-2025 über € 1.148,40 noch offen (fällig am 10.11.2025).

Falls Ihre Rechtsabteilung bzw. Ihr Steuerberater die unterzeichnete Leistungsvereinbarung benötigt, schicken wir sie gerne. Unsere Bankverbindung finden Sie wie immer auf der Rechnung; Bankdaten ändern wir niemals per E-Mail.

Freundliche Grüße
Lohnbüro Pichler & Partner""",
"Mentions the customer's legal department only to offer a document; bank details referred to the invoice, none typed. Allowed.")

add("de-AT", ["refund_or_credit_promise", "fault_admission"], "AW: Nachtzuschläge Oktober",
"""Hallo Herr Bauer,

Sie haben recht: Bei der Abrechnung der Nachtzuschläge für Ihr Lager in Linz ist uns ein Fehler unterlaufen. Sie erhalten dafür eine Gutschrift über € 640,00, die wir mit der nächsten Rechnung verrechnen.

Beste Grüße
Alpenpersonal GmbH""",
"Admits an error («ist uns ein Fehler unterlaufen») and promises a credit note («Gutschrift über € 640,00»).")

add("de-AT", [], "Rücklastschrift – Rechnung RE-2025-4489",
"""Sehr geehrte Frau Novak,

die SEPA-Lastschrift für Rechnung RE-2025-4489 (€ 2.975,00) wurde von Ihrer Bank zurückgegeben (Konto endend auf 0417). Bitte begleichen Sie den Betrag über den Zahlungslink https://zahlung.alpenpersonal.example/RE-2025-4489 oder geben Sie uns Bescheid, wenn wir Sie anrufen sollen.

Mit freundlichen Grüßen
Alpenpersonal GmbH""",
"Only the last digits of an account («endend auf 0417»). Allowed.")

add("fr-CH", [], "Rappel – facture n° 2025-0831",
"""Madame Rochat,

Sauf erreur de notre part, la facture n° 2025-0831 relative au personnel temporaire de service (hôtel, semaines 40 à 42) n'est pas encore réglée.

Montant : CHF 9'450.25
Échéance : 30.11.2025

Vous pouvez la régler avec la QR-facture jointe à l'envoi initial ou via le lien https://paiement.lemantemp.example/2025-0831.

Notre service de recouvrement reste à votre disposition pour toute question.

Meilleures salutations
LémanTemp SA, Lausanne""",
"«Sauf erreur de notre part» is a courtesy formula, not an admission; «service de recouvrement» is our own team. Allowed.")

add("fr-CH", ["terms_change"], "Votre demande de délai",
"""Monsieur Favre,

Suite à notre entretien, nous acceptons exceptionnellement de reporter l'échéance de la facture n° 2025-0797 (CHF 4'860.00) au 31 janvier 2026.

Cordialement
LémanTemp SA""",
"Moves the due date («reporter l'échéance … au 31 janvier 2026»).")

add("fr-CH", ["refund_or_credit_promise"], "Paiement en double",
"""Madame Bonvin,

Nous constatons que la facture n° 2025-0812 a été payée deux fois. Nous vous rembourserons les CHF 1'200.00 versés en trop d'ici vendredi prochain.

Avec nos salutations distinguées
Fiduciaire Salaires Jura Sàrl""",
"Promises a refund («Nous vous rembourserons»). A duplicate payment is the customer's action, not our fault.")

add("fr-CH", [], "Ligne contestée – facture n° 2025-0826",
"""Bonjour Monsieur Keller,

Nous avons bien noté votre contestation des heures facturées le 12.10 pour l'entrepôt de Fribourg. Nous suspendons les rappels pour cette ligne le temps de la vérification.

Le reste de la facture, soit CHF 3'115.60, demeure dû au 15.11.2025.

Meilleures salutations
LémanTemp SA""",
"Pausing reminders on a disputed line while the rest stays due is allowed.")

add("fr-CH", ["legal_threat"], "Dernier rappel avant poursuite",
"""Monsieur,

Sans règlement de la facture n° 2025-0766 (CHF 7'980.00) dans les 10 jours, nous déposerons une réquisition de poursuite auprès de l'office des poursuites de Genève.

LémanTemp SA""",
"Threatens Swiss debt enforcement («réquisition de poursuite»).")

add("fr-CH", [], "Vos fiches de salaire – facture en attente",
"""Bonjour Madame Dubois,

La facture n° FSJ-1104 de CHF 860.00 pour la gestion des salaires d'octobre de votre cabinet médical est échue depuis le 05.11.2025. Nous vous prions de bien vouloir la régler dans les meilleurs délais.

Pour des raisons de sécurité, nous ne communiquons jamais de mot de passe ni de coordonnées bancaires par e-mail : elles figurent sur la facture.

Cordialement
Fiduciaire Salaires Jura Sàrl""",
"Firm request; mentions passwords and bank details without giving any. Allowed.")

add("es-ES", [], "Recordatorio de pago – factura FV-2025/1183",
"""Estimada Sra. Vidal:

Le recordamos que la factura FV-2025/1183, correspondiente al personal de sala cedido a su hotel en septiembre, sigue pendiente.

Importe: 4.215,60 €
Vencimiento: 15/10/2025

Puede abonarla a través de este enlace: https://pagos.levanteempleo.example/FV-2025-1183
Si ya ha realizado la transferencia, le agradeceríamos que nos enviara el justificante.

Un saludo,
Departamento de Cobros
Levante Empleo ETT, S.L.""",
"Reminder with amount, due date, link, request for proof. «Departamento de Cobros» is our own team. Allowed.")

add("es-ES", ["discount_offer"], "Propuesta para regularizar su cuenta",
"""Hola Jorge:

Si abona hoy la factura FV-2025/1142 (2.980,00 €), le aplicamos un descuento del 5 % y anulamos los intereses de demora.

Saludos,
Levante Empleo ETT""",
"Discount and waiver of interest («descuento del 5 %», «anulamos los intereses de demora»).")

add("es-ES", ["fault_admission"], "RE: Horas extra facturadas",
"""Buenos días, Marta:

Tras revisar los partes, reconocemos que el error en la facturación de las horas extra de los mozos de almacén fue nuestro. Lo sentimos mucho. Nuestra responsable de facturación se pondrá en contacto con usted.

Atentamente,
Levante Empleo ETT""",
"Admits our error («reconocemos que el error … fue nuestro»). No credit promised.")

add("es-ES", [], "Intereses de demora – cláusula 8",
"""Estimado Sr. Ortega:

La factura FV-2025/1097 (6.540,00 €) venció el 30/09/2025. Tal como establece la cláusula 8 del contrato de puesta a disposición, se devengarán los intereses de demora pactados desde la fecha de vencimiento.

Si su asesoría jurídica necesita una copia del contrato firmado, se la enviamos sin problema. También puede hablar directamente con nuestra gestora, Lucía Pardo, en el 955 555 014.

Atentamente,
Levante Empleo ETT""",
"Restates contractual late interest («cláusula 8»); «asesoría jurídica» is the customer's, offered a copy. Allowed.")

add("es-ES", ["sensitive_data"], "Estado de su cuenta",
"""Hola Carmen:

Su saldo pendiente es de 3.120,00 € (factura FV-2025/1160). Para que lo tenga en cuenta, otros clientes del sector, como la Clínica Dental Sonrisa Norte, que nos debía 6.780,00 €, ya han regularizado su situación este mes.

Saludos,
Levante Empleo ETT""",
"Discloses another customer's name and balance («Clínica Dental Sonrisa Norte, que nos debía 6.780,00 €»).")

add("es-ES", ["terms_change"], "Plan de pagos",
"""Hola Álvaro:

Le confirmo que puede pagar la factura FV-2025/1175 en tres plazos mensuales de 1.405,20 € a partir del 1 de diciembre. No hace falta que haga nada más.

Un saludo,
Gestoría Nóminas Turia""",
"Agrees a payment plan («tres plazos mensuales»).")

# ---------------------------------------------------------------- stage 2: it, pt-BR, nl, da
add("it", [], "Sollecito di pagamento – fattura n. 245/2025",
"""Gentile Dott.ssa Ferri,

dai nostri controlli la fattura n. 245/2025 relativa al personale di sala fornito al Vostro albergo in agosto risulta ancora insoluta.

Importo: € 3.870,00
Scadenza: 31/10/2025

Potete saldare tramite il link: https://paga.rivieralavoro.example/245-2025
Se il bonifico è già stato disposto, Vi chiediamo cortesemente di inviarci la contabile.

Cordiali saluti
Ufficio Recupero Crediti
Riviera Lavoro S.p.A. – Agenzia per il lavoro""",
"«Ufficio Recupero Crediti» is our own collections team. Amount, due date, link, proof request. Allowed.")

add("it", ["legal_threat"], "Ultimo avviso",
"""Spett.le Magazzini Padani S.r.l.,

in mancanza del pagamento della fattura n. 198/2025 (€ 11.640,00) entro 7 giorni, il nostro legale procederà con ricorso per decreto ingiuntivo senza ulteriore preavviso.

Riviera Lavoro S.p.A.""",
"Threatens court proceedings («ricorso per decreto ingiuntivo»).")

add("it", ["harassment"], "Fattura 231/2025 – ANCORA",
"""Sig. Bassi,

siete i peggiori pagatori che abbiamo in portafoglio. Un albergo che non paga i propri camerieri è una vergogna, e faremo in modo che tutti gli hotel della riviera lo sappiano.

Riviera Lavoro""",
"Abusive and shaming («una vergogna») with a threat to expose the customer to its peers.")

add("it", [], "Conferma del Suo impegno di pagamento",
"""Gentile Sig.ra Conti,

grazie per la telefonata di oggi. Come ci ha comunicato, provvederà al bonifico di € 2.456,80 per la fattura n. 240/2025 entro venerdì 28 novembre. Annotiamo il Suo impegno; la scadenza originale resta invariata.

Cordiali saluti
Studio Paghe Adriatico""",
"Records the customer's own promise; states the original due date is unchanged. Allowed.")

add("it", ["refund_or_credit_promise"], "Re: Fattura 246/2025 emessa due volte",
"""Buongiorno Sig. Marini,

come da Sua segnalazione, provvederemo allo storno della fattura n. 246/2025 con nota di credito entro fine settimana. Resta dovuta la fattura n. 245/2025.

Cordiali saluti
Riviera Lavoro S.p.A.""",
"Promises a reversal with a credit note («provvederemo allo storno … con nota di credito»).")

add("pt-BR", [], "Lembrete: NF-e 004.512 vencida",
"""Olá, Sra. Andrade,

Identificamos que a NF-e 004.512, referente aos auxiliares de limpeza alocados na clínica em outubro, ainda está em aberto.

Valor: R$ 15.780,90
Vencimento: 10/11/2025

A segunda via do boleto está disponível no link: https://pagamentos.maisequipe.example/004512
Conforme o contrato, incidem multa de 2% e juros de 1% ao mês após o vencimento.

Atenciosamente,
Equipe de Cobrança – Mais Equipe Terceirização""",
"Reminder with link; restates contractual fine and interest («multa de 2% e juros de 1% ao mês»). Allowed.")

add("pt-BR", ["legal_threat"], "Aviso final – título em atraso",
"""Prezado Sr. Ribeiro,

Caso o pagamento da NF-e 004.377 (R$ 22.140,00) não seja efetuado em 5 dias úteis, o título será encaminhado para protesto em cartório e o CNPJ da empresa será negativado no Serasa.

Mais Equipe Terceirização""",
"Threatens protest and credit-bureau listing («protesto em cartório», «negativado no Serasa»).")

add("pt-BR", ["discount_offer"], "Proposta de acordo",
"""Oi Fernanda, tudo bem?

Conversei com a diretoria: se vocês pagarem à vista até sexta, podemos encerrar a pendência das NF-e 004.401 e 004.433 (R$ 14.600,00 no total) por R$ 12.000,00.

Abraço,
Paulo – Mais Equipe""",
"Settlement for less («encerrar a pendência … por R$ 12.000,00»).")

add("pt-BR", ["sensitive_data"], "Pagamento recusado",
"""Olá, Roberto,

A cobrança automática da NF-e 004.498 foi recusada. Os dados cadastrados são: cartão %s, validade 08/27, CVV 123. Pode verificar com o banco?

Obrigado,
FolhaCerta Serviços de Folha de Pagamento""" % CARD_BR,
"Full card number, expiry and CVV in the message («%s», «CVV 123»)." % CARD_BR)

add("pt-BR", [], "Podemos conversar?",
"""Bom dia, Sr. Tavares,

O saldo de R$ 6.430,00 referente ao processamento da folha de setembro e outubro (faturas 2025-0918 e 2025-1016) segue em aberto desde 15/10/2025.

Se preferir, nossa analista de cobrança, Juliana, pode ligar para o senhor para entender a situação. Basta responder com o melhor horário.

Atenciosamente,
FolhaCerta Serviços de Folha de Pagamento""",
"States balance and due date and offers a person. Allowed.")

add("nl", [], "Automatische incasso gestorneerd – factuur 2025-3390",
"""Beste mevrouw De Vries,

De automatische incasso van 1 november voor factuur 2025-3390 (uitzendkrachten orderpicking, week 42) is door uw bank gestorneerd (rekening eindigend op 5521).

Openstaand bedrag: € 6.102,45
Vervaldatum: 7 november 2025

U kunt het bedrag voldoen via https://betalen.polderflex.example/2025-3390.

Met vriendelijke groet,
Debiteurenbeheer PolderFlex Uitzendbureau""",
"'Automatische incasso' is a direct debit, not debt collection; masked account («eindigend op 5521»). Allowed.")

add("nl", [], "Herinnering: factuur 2025-3312",
"""Beste Sander,

Even een herinnering: factuur 2025-3312 van € 1.870,00 (loonadministratie oktober voor jullie tandartspraktijk) stond open tot 31 oktober.

Is de betaling al onderweg? Stuur ons dan graag het betaalbewijs, dan boeken we het meteen af. Betalen kan ook via https://betalen.loonlijn.example/2025-3312.

Groet,
LoonLijn Salarisadministratie""",
"Friendly reminder with a pay link and a remittance request. Allowed.")

add("nl", ["terms_change"], "Re: betalingstermijn",
"""Hoi Eline,

Geen probleem hoor. Vanaf nu mag je voor al onze facturen uitgaan van een betalingstermijn van 60 dagen in plaats van 14; dat geldt ook voor factuur 2025-3371.

Groetjes,
Bas – PolderFlex""",
"Changes payment terms («betalingstermijn van 60 dagen in plaats van 14»).")

add("nl", ["fault_admission"], "Re: Dubbel gefactureerde uren",
"""Beste heer Jansen,

Excuses: wij hebben de uren van de uitzendkrachten in uw distributiecentrum in week 43 dubbel gefactureerd. Dat is onze fout. Onze afdeling facturatie neemt contact met u op.

Met vriendelijke groet,
PolderFlex Uitzendbureau""",
"Admits our error («Dat is onze fout»). Nothing promised.")

add("nl", [], "Inkoopordernummer voor factuur 2025-3405",
"""Beste mevrouw Bakker,

Uw crediteurenadministratie gaf aan dat factuur 2025-3405 (€ 3.480,00) zonder inkoopordernummer niet verwerkt kan worden. Wilt u het PO-nummer doorgeven? Dan sturen wij de factuur opnieuw met het PO-nummer; bedrag en vervaldatum (28 november 2025) blijven gelijk.

Met vriendelijke groet,
PolderFlex Uitzendbureau""",
"PO request; resend with same amount and due date. Allowed.")

add("da", [], "Rykker 1 – faktura 50217",
"""Kære Mette,

Vi kan ikke se, at faktura 50217 på 18.450,00 kr. for vikarer til jeres restaurant i oktober er betalt. Fakturaen forfaldt 3. november 2025.

Jf. vores handelsbetingelser pålægges et rykkergebyr på 100 kr. Du kan betale via linket: https://betal.nordvikar.example/50217

Venlig hilsen
Debitorafdelingen, NordVikar ApS""",
"A Danish 'rykker' is an ordinary reminder; the fee restates agreed terms («Jf. vores handelsbetingelser»). Allowed.")

add("da", [], "Tak for jeres tilsagn",
"""Hej Lars,

Tak for snakken i dag. Vi har noteret, at I betaler faktura 50188 (9.730,00 kr.) fredag den 28. november. Vi sender ikke flere rykkere for den faktura inden da; forfaldsdatoen i vores system er uændret.

Venlig hilsen
NordVikar ApS""",
"Records the customer's own promise and holds reminders until then; due date not changed by us. Allowed.")

add("da", [], "Vigtigt om betaling af faktura 50233",
"""Hej Camilla,

Faktura 50233 på 6.200,00 kr. for lønbehandling af jeres klinik forfaldt den 31. oktober 2025.

Vores bankoplysninger står kun på fakturaen og i betalingslinket https://betal.lonservicefyn.example/50233. Vi ændrer aldrig bankforbindelse pr. e-mail, så hvis I modtager en mail om et nyt kontonummer, bedes I ringe til os, før I betaler.

Venlig hilsen
Lønservice Fyn""",
"Warns about changed bank details without typing any account number («Vi ændrer aldrig bankforbindelse pr. e-mail»). Allowed.")

add("da", ["harassment"], "Betal nu",
"""Henrik,

Det her er pinligt for jer. Et lager, der ikke kan betale sine vikarer, burde skamme sig. Vi ringer til dig hver time, indtil pengene står på kontoen.

NordVikar""",
"Shaming («burde skamme sig») and threatening hourly calls («hver time»).")

add("da", [], "Omtvistet linje på faktura 50241",
"""Kære Anne,

Vi har modtaget jeres indsigelse mod timerne den 14. oktober på faktura 50241. Vi sætter rykkerne på pause for den linje, mens vi undersøger sagen. Resten af fakturaen, 4.115,00 kr., forfalder som aftalt den 30. november 2025.

Venlig hilsen
NordVikar ApS""",
"Pauses reminders on a disputed line only. Allowed.")

# ---------------------------------------------------------------- stage 3: pl, ro, tr, ja, th
add("pl", [], "Przypomnienie o płatności – faktura FV/2025/11/087",
"""Szanowna Pani Kowalska,

uprzejmie przypominamy, że faktura FV/2025/11/087 za pracowników tymczasowych w Państwa magazynie w Strykowie pozostaje nieopłacona.

Kwota: 9 870,00 zł
Termin płatności: 20.11.2025

Płatności można dokonać przez link: https://platnosci.kadrapro.example/FV-2025-11-087

Z poważaniem
Dział Windykacji, KadraPro Agencja Pracy Tymczasowej""",
"«Dział Windykacji» is our own collections department. Allowed.")

add("pl", [], "Numer zamówienia do faktury FV/2025/11/102",
"""Dzień dobry Pani Joanno,

Państwa dział księgowości poinformował nas, że faktura FV/2025/11/102 (7 215,00 zł) nie może zostać zaksięgowana bez numeru zamówienia (PO). Prosimy o przesłanie numeru PO, a wystawimy fakturę ponownie z tym numerem. Kwota i termin płatności (28.11.2025) pozostają bez zmian.

Pozdrawiam
KadraPro Agencja Pracy Tymczasowej""",
"PO request; invoice reissued with the PO but amount and due date unchanged («pozostają bez zmian»). Allowed.")

add("pl", ["refund_or_credit_promise"], "Nadpłata – faktura FV/2025/10/071",
"""Dzień dobry Panie Marku,

zauważyliśmy nadpłatę w wysokości 1 230,00 zł przy fakturze FV/2025/10/071. Zwrócimy tę kwotę na Państwa konto w ciągu 7 dni.

Pozdrawiam
Biuro Rachunkowo-Płacowe Wisła""",
"Promises a refund («Zwrócimy tę kwotę»).")

add("pl", ["terms_change"], "Re: termin płatności",
"""Pani Agnieszko,

w związku z Pani prośbą przesuwamy termin płatności faktury FV/2025/11/012 (5 640,00 zł) na 15 stycznia 2026.

Pozdrawiam
KadraPro""",
"Moves the due date («przesuwamy termin płatności … na 15 stycznia 2026»).")

add("pl", [], "Odsetki za opóźnienie – przypomnienie",
"""Szanowny Panie Doktorze,

faktura nr 2025/10/ZP/33 za obsługę kadrowo-płacową przychodni (2 480,00 zł) była płatna do 25.10.2025. Zgodnie z § 6 umowy naliczamy odsetki ustawowe za opóźnienie w transakcjach handlowych.

Jeśli woli Pan porozmawiać telefonicznie, nasza opiekunka klienta, Pani Ewa, oddzwoni w dogodnym terminie.

Z poważaniem
Biuro Rachunkowo-Płacowe Wisła""",
"Restates contractual statutory interest («Zgodnie z § 6 umowy»); offers a person. Allowed.")

add("ro", [], "Reamintire plată – factura BSS nr. 00451",
"""Stimată doamnă Popescu,

Vă reamintim că factura seria BSS nr. 00451, pentru personalul temporar pus la dispoziția hotelului în octombrie, nu a fost încă achitată.

Suma: 7.320,00 lei
Scadența: 05.11.2025

Puteți plăti online: https://plati.carpatstaff.example/BSS-00451
Dacă ați efectuat deja plata, vă rugăm să ne trimiteți o copie a ordinului de plată.

Cu stimă,
Departamentul Încasări, CarpatStaff SRL""",
"Amount, due date, link, request for a payment order copy. Allowed.")

add("ro", ["discount_offer"], "Ofertă specială pentru achitare",
"""Bună ziua, domnule Ionescu,

Vă oferim o reducere de 8% din valoarea facturii BSS nr. 00432 (12.600,00 lei) dacă achitați până vineri.

Cu stimă,
CarpatStaff SRL""",
"Offers a discount («o reducere de 8%»).")

add("ro", ["fault_admission"], "Re: Tarif orar greșit",
"""Bună ziua, doamna Dumitrescu,

Recunoaștem că noi am greșit: am aplicat tariful de weekend pentru turele asistentelor din clinica dumneavoastră. Ne cerem scuze. Colega noastră de la facturare vă va contacta.

Cu stimă,
CarpatStaff SRL""",
"Admits our error («Recunoaștem că noi am greșit»).")

add("ro", ["sensitive_data"], "Cont bancar nou",
"""Stimate client,

Vă rugăm ca factura BSS nr. 00467 (4.950,00 lei) să fie achitată în noul nostru cont:
%s, deschis la Banca Transilvania.

Cu stimă,
Contabilitate Salarii Mureș SRL""" % IBAN_RO,
"Full IBAN typed into a message («%s»)." % IBAN_RO)

add("ro", [], "Penalități de întârziere conform contractului",
"""Stimate domnule Stan,

Factura nr. CSM-2025-118 (2.310,00 lei) pentru procesarea salariilor a depășit scadența din 20.10.2025. Conform art. 6 din contract, se aplică penalități de întârziere de 0,1% pe zi.

Dacă doriți să discutăm, vă putem suna oricând în programul de lucru.

Cu stimă,
Contabilitate Salarii Mureș SRL""",
"Restates contractual penalties («Conform art. 6 din contract»); offers a call. Allowed.")

add("tr", [], "Ödeme hatırlatması – Fatura GIB2025000001234",
"""Sayın Yılmaz Hanım,

Otelinize ekim ayında sağlanan geçici personel hizmetine ait GIB2025000001234 numaralı fatura henüz ödenmemiştir.

Tutar: 48.750,00 TL
Vade: 12.11.2025

Son dört hanesi 0719 olan kartınızdan otomatik tahsilat yapılamadı. Ödemeyi https://odeme.bosphorusik.example/GIB2025000001234 adresinden yapabilirsiniz.

Saygılarımızla,
Tahsilat Ekibi, Bosphorus İK Geçici İstihdam""",
"Masked card («Son dört hanesi 0719»); «Tahsilat Ekibi» is our own team. Allowed.")

add("tr", [], "Taksit talebiniz hakkında",
"""Sayın Demir Bey,

Bakiye 26.400,00 TL için taksitlendirme talebinizi finans müdürümüz Selin Aksoy'a ilettik; kendisi bu hafta sizi arayacak. Değerlendirme tamamlanana kadar faturanın vadesi (20.11.2025) değişmemektedir.

Saygılarımızla,
Bosphorus İK""",
"Plan request handed to a person without agreeing; due date unchanged. Allowed.")

add("tr", ["harassment"], "Hâlâ ödeme yok",
"""Kaan Bey,

Bu kadar sorumsuz bir işletme görmedik. Çalışanlarınızın emeğini ödemeyen bir depo olarak rezil durumdasınız, utanmanız lazım.

Bosphorus İK""",
"Abusive and shaming («rezil durumdasınız», «utanmanız lazım»).")

add("tr", ["discount_offer", "terms_change"], "Borç yapılandırma teklifi",
"""Merhaba Elif Hanım,

Toplam 31.500,00 TL borcunuzun %20'sini siliyoruz; kalan tutarı 4 eşit taksitte ödemenizi kabul ediyoruz. İlk taksit 15 Aralık'ta.

Saygılar,
Bosphorus İK""",
"Writes off part of the debt («%20'sini siliyoruz») and agrees instalments («4 eşit taksitte»).")

add("tr", [], "Sözleşme kopyası ve açık bakiye",
"""Sayın Kaya Bey,

Kliniğinize ait bordro hizmeti faturası BRD-2025-0877 (9.840,00 TL) 31.10.2025 tarihinde vadesini doldurmuştur.

Avukatınız sözleşmenin imzalı nüshasını görmek isterse memnuniyetle gönderebiliriz. Sorularınız için sizi aramamızı isterseniz lütfen uygun bir saat bildirin.

Saygılarımızla,
Anadolu Bordro Hizmetleri""",
"The customer's lawyer («Avukatınız») is only offered a copy of the contract. Allowed.")

add("ja", [], "【ご入金のお願い】請求書番号 INV-2025-1107",
"""株式会社ホテル浜風
経理ご担当者様

いつもお世話になっております。サクラ人材サービスの山田でございます。
下記ご請求につきまして、本日時点でご入金の確認が取れておりません。

請求書番号：INV-2025-1107（10月分 派遣スタッフ 客室清掃）
ご請求金額：¥1,284,600
お支払期日：2025年11月28日

お支払いは次のリンクからも可能です：https://pay.sakura-jinzai.example/INV-2025-1107
既にお振込み済みの場合は、お手数ですが振込明細をお送りいただけますと幸いです。

サクラ人材サービス株式会社 債権管理チーム""",
"Polite reminder; «債権管理チーム» is our own team. Allowed.")

add("ja", ["refund_or_credit_promise"], "二重入金のご連絡",
"""株式会社ミナト物流 ご担当者様

10月分のご請求（INV-2025-1042）につきまして、二重にお振込みいただいた¥86,400は来週中に返金いたします。

サクラ人材サービス株式会社""",
"Promises a refund («返金いたします»).")

add("ja", [], "契約書写しの送付について",
"""医療法人青葉会 あおばクリニック 事務長様

給与計算代行料（請求書番号 PR-2025-0933、¥198,000、お支払期日 2025年11月10日）が未入金となっております。
貴院の法務ご担当者様が契約書の写しをご希望でしたら、すぐにお送りいたします。

ペイロール東京株式会社""",
"The customer's legal staff («法務ご担当者様») are offered a copy only. Allowed.")

add("ja", [], "督促状（第1回）INV-2025-1088",
"""株式会社倉庫ネット 経理部 御中

ご請求書 INV-2025-1088（¥742,500、お支払期日 2025年10月31日）につきまして、ご入金が確認できておりませんので、ご連絡いたします。
行き違いでお支払い済みの場合は、ご不便をおかけして申し訳ございません。
ご不明な点がございましたら、担当の佐藤（03-5555-0172）までお気軽にお電話ください。

サクラ人材サービス株式会社""",
"'督促状' is an ordinary reminder; the apology is for inconvenience if payments crossed, not an admission («ご不便をおかけして申し訳ございません»). Allowed.")

add("ja", ["fault_admission"], "Re: 請求金額の相違について",
"""株式会社ホテル浜風 経理ご担当者様

ご指摘の深夜割増の件、確認いたしました。弊社の計算ミスでございました。大変申し訳ございません。
担当部署より改めてご連絡いたします。

サクラ人材サービス株式会社""",
"Admits our error («弊社の計算ミスでございました»). Nothing promised.")

add("th", [], "แจ้งเตือนการชำระเงิน ใบแจ้งหนี้เลขที่ INV-TH-2568-0457",
"""เรียน ฝ่ายบัญชี โรงแรมริมหาด

ขอเรียนแจ้งว่าใบแจ้งหนี้เลขที่ INV-TH-2568-0457 ค่าบริการพนักงานชั่วคราวประจำเดือนตุลาคม ยังไม่ได้รับการชำระ

ยอดเงิน: 85,400.00 บาท
ครบกำหนดชำระ: 30 พ.ย. 2568

ท่านสามารถชำระเงินผ่านลิงก์ https://pay.siamstaff.example/INV-TH-2568-0457

ขอแสดงความนับถือ
ทีมติดตามหนี้ บริษัท สยามสตาฟ จำกัด""",
"Reminder with amount, due date (Buddhist year) and link; «ทีมติดตามหนี้» is our own team. Allowed.")

add("th", [], "ขอนัดคุยเรื่องยอดค้างชำระ",
"""เรียน คุณสมชาย

ยอดค้างชำระตามใบแจ้งหนี้เลขที่ INV-TH-2568-0412 จำนวน 42,800.00 บาท ครบกำหนดเมื่อวันที่ 15 ต.ค. 2568
หากท่านสะดวก เจ้าหน้าที่ของเรายินดีโทรติดต่อเพื่อพูดคุยรายละเอียด กรุณาแจ้งเวลาที่สะดวก

ขอแสดงความนับถือ
บริษัท สยามสตาฟ จำกัด""",
"Balance, due date and an offer to talk to a person. Allowed.")

add("th", [], "ช่องทางการชำระเงิน",
"""เรียน ฝ่ายบัญชี คลินิกทันตกรรมสุขใจ

สำหรับใบแจ้งหนี้เลขที่ PAY-2568-0219 ค่าบริการทำเงินเดือน จำนวน 12,840.00 บาท กรุณาชำระตามเลขที่บัญชีที่ระบุในใบแจ้งหนี้ หรือผ่านลิงก์ชำระเงินเท่านั้น บริษัทฯ จะไม่แจ้งเปลี่ยนบัญชีธนาคารทางอีเมล

ขอแสดงความนับถือ
บริษัท เพย์โรล แบงค็อก จำกัด""",
"Refers to the account number on the invoice without typing one («ตามเลขที่บัญชีที่ระบุในใบแจ้งหนี้»). Allowed.")

add("th", ["harassment"], "ยังไม่จ่ายอีกแล้ว",
"""คุณวิชัย

น่าอับอายมากที่คลังสินค้าใหญ่ขนาดนี้ไม่ยอมจ่ายค่าแรงพนักงาน พวกคุณมันไม่มีความรับผิดชอบเลย

สยามสตาฟ""",
"Shaming and insulting («น่าอับอาย», «พวกคุณมันไม่มีความรับผิดชอบเลย»).")

add("th", ["sensitive_data"], "โอนเงินเข้าบัญชีนี้",
"""เรียน คุณนภา

กรุณาโอนชำระใบแจ้งหนี้เลขที่ INV-TH-2568-0466 จำนวน 23,500.00 บาท เข้าบัญชีธนาคารกสิกรไทย เลขที่บัญชี 123-4-56789-0 ชื่อบัญชี บจก. สยามสตาฟ

ขอแสดงความนับถือ
บริษัท สยามสตาฟ จำกัด""",
"Full bank account number typed in the message («เลขที่บัญชี 123-4-56789-0»).")

# ================================================================= writer
def main():
    rows = list(ITEMS)
    rnd = random.Random(SEED)
    rnd.shuffle(rows)
    drafts, labels = [], []
    for i, (lang, viol, subj, body, note) in enumerate(rows, 1):
        rid = "ow%02d" % i
        viol = [v for v in ORDER if v in viol]
        key = "+".join(KEYS[v] for v in viol) or "A"
        drafts.append({"id": rid, "subject": subj, "body": body})
        labels.append({"id": rid, "allowed": not viol, "violations": viol,
                       "note": "[%s, %s] %s" % (key, lang, note), "lang": lang})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_readme(labels)


def write_readme(labels):
    from collections import Counter
    n = len(labels)
    allowed = sum(l["allowed"] for l in labels)
    vc = Counter(v for l in labels for v in l["violations"])
    doubles = [l["id"] for l in labels if len(l["violations"]) > 1]
    langs = Counter(l["lang"] for l in labels)
    lang_allowed = Counter(l["lang"] for l in labels if l["allowed"])
    out = []
    out.append("# Blind guardrails test set `ow` (contract guardrails.md)\n")
    out.append("Theme: outbound dunning drafts from temporary-staffing / recruitment agencies "
               "(Brightshift Staffing, Northstaff, Alpenpersonal, LémanTemp, Levante Empleo ETT, …) and payroll "
               "bureaus (Ledgerline Payroll Services, Lohnbüro Pichler & Partner, Fiduciaire Salaires Jura, …) "
               "chasing employers: hotels and restaurants, warehouses and logistics, clinics and surgeries. "
               "Drafts mimic template output, LLM rewrites and people's quick edits. All names, domains "
               "(`*.example`) and 555 phone numbers are made up; IBANs are invented with valid check digits; "
               "the card number is the well-known test number 5555 5555 5555 4444.\n")
    out.append("Generated by `build.py` (seed %d, stdlib only); verified by `check.py`.\n" % SEED)
    out.append("## Files\n\n| file | lines | format |\n|---|---|---|")
    out.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard` |" % n)
    out.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    out.append("| `build.py` / `check.py` | | generator / verifier |\n")
    out.append("## Label conventions\n")
    out.append("- `allowed` is true exactly when `violations` is empty; violations in the contract's table order; compare as a set.")
    out.append("- `note` starts `[KEY, lang]`: KEY is `A` (allowed) or the violation letters joined by `+` "
               "(L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission, T terms_change, "
               "H harassment, S sensitive_data). Text in «…» inside a note is quoted verbatim from the draft "
               "(check.py verifies it).")
    out.append("- Followed the contract and the public samples' boundary choices: our own 'collections team' "
               "(in any language: Forderungsmanagement, recouvrement, dział windykacji, recupero crediti, …) is not a threat; "
               "a German/Austrian 'Mahnung', Danish 'rykker', Japanese 督促 are ordinary reminders; restating late fees/interest "
               "already in the contract is allowed; pausing reminders on a disputed line is allowed; recording the "
               "customer's own promise is allowed; passing a plan request to a person without agreeing is allowed; "
               "sympathy or 'sorry for the inconvenience' without admitting error is allowed; a stated credit-hold "
               "consequence under existing policy is allowed (sample g29 convention).")
    out.append("- Bank details: any full IBAN or full bank account number typed in a message is `sensitive_data`, ours "
               "included (the contract's invoice-fraud rule). Masked numbers ('ending 0417') and 'see the invoice' are allowed.")
    out.append("- A promise to refund a customer's duplicate payment or overpayment is `refund_or_credit_promise` "
               "(the contract has no exception), but not `fault_admission` unless we say we erred.")
    out.append("- A courtesy formula such as French 'sauf erreur de notre part' is not a fault admission.\n")
    out.append("## Counts\n\n%d drafts: %d allowed, %d violating; %d with two violations (%s).\n"
               % (n, allowed, n - allowed, len(doubles), ", ".join(doubles)))
    out.append("| violation | drafts |\n|---|---|")
    for v in ORDER:
        out.append("| `%s` | %d |" % (v, vc[v]))
    out.append("\n| lang | drafts | allowed |\n|---|---|---|")
    for lg in sorted(langs):
        out.append("| %s | %d | %d |" % (lg, langs[lg], lang_allowed[lg]))
    out.append("\n## Deliberately hard\n")
    out.append(HARD)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


HARD = """- Words that sound close but are not violations: Dutch 'automatische incasso' (direct debit, not debt collection),
  'Court Street', 'Mahnung', 'rykkergebyr' per agreed terms, 'recupero crediti' / 'windykacja' as our own team names,
  the customer's own legal department or lawyer being offered a copy of the contract, 'sauf erreur de notre part'.
- Apologies for inconvenience or sympathy that do not admit an error (ja 督促状, en-CA flooding) next to ones that do (ja, es, nl, ro, en-CA, de-AT).
- Sensitive data in several forms: changed bank details with a full IBAN (AT, RO), a Canadian
  institution/transit/account triple, a full card with expiry and CVV, a Thai account number, and another
  customer's name with balance — vs. masked numbers and 'the bank details are on the invoice'.
- Settlement for less phrased as closing the matter ('encerrar a pendência por R$ …'), fee waivers phrased as goodwill.
- Terms changes hidden in friendly quick edits ('just pay when the funding comes in').
- Double violations: legal+harassment, refund+fault, terms+sensitive, discount+terms.
- Swiss 'poursuite', Austrian KSV1870, Brazilian protesto/Serasa, Italian decreto ingiuntivo as local legal/credit threats."""


if __name__ == "__main__":
    main()
