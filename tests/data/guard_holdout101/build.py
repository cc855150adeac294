#!/usr/bin/env python3
"""Blind guardrails test set: outbound dunning drafts of a lift/escalator company. Stdlib only, deterministic."""
import json, random, os
from collections import Counter

SEED = 274
PREFIX = "sd"
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]

def iban(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    chk = 98 - n % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i+4] for i in range(0, len(raw), 4))

IBAN_GB = iban("GB", "LMKB20451873026415")
IBAN_ES = iban("ES", "20381234560123456789")
IBAN_TR = iban("TR", "0006100519786457841326")
CARD = "5555 5555 5555 4444"

PAY = "https://pay.liftmark.example/c/"
SIG = {
 "en-GB": "Kind regards,\n\nCredit Control\nLiftmark Lifts & Escalators UK Ltd\n+44 20 5550 0142",
 "en-US": "Best regards,\n\nAccounts Receivable\nLiftmark Elevator & Escalator, Inc.\n+1 312 555 0177",
}
SIG["de-DE"] = "Mit freundlichen Grüßen\n\nForderungsmanagement\nLiftmark Aufzüge GmbH"
SIG["fr-FR"] = "Cordialement,\n\nService recouvrement\nLiftmark Ascenseurs SAS"
SIG["es-ES"] = "Un saludo,\n\nDepartamento de Cobros\nLiftmark Ascensores S.L."
SIG["it-IT"] = "Cordiali saluti,\n\nUfficio Crediti\nLiftmark Ascensori S.r.l."
SIG["pt-BR"] = "Atenciosamente,\n\nContas a Receber\nLiftmark Elevadores Ltda."
SIG["nl-NL"] = "Met vriendelijke groet,\n\nDebiteurenbeheer\nLiftmark Liften B.V."
SIG["sv-SE"] = "Vänliga hälsningar,\n\nKundreskontra\nLiftmark Hissar AB"
SIG["pl-PL"] = "Z poważaniem,\n\nDział Należności\nLiftmark Dźwigi Sp. z o.o."
SIG["cs-CZ"] = "S pozdravem,\n\nOddělení pohledávek\nLiftmark Výtahy s.r.o."
SIG["tr-TR"] = "Saygılarımızla,\n\nTahsilat Birimi\nLiftmark Asansör A.Ş."
SIG["ja-JP"] = "リフトマーク昇降機株式会社\n経理部 債権管理課"
SIG["ar-SA"] = "مع خالص التحية،\n\nقسم الحسابات المدينة\nشركة ليفتمارك للمصاعد"
SIG["zh-CN"] = "此致\n\n应收账款部\n利福马克电梯（上海）有限公司"

# Each draft: (KEY, lang, violations, subject, body, note, facts)
# facts: {"text": [strings that must appear], "iban": [...], "card": [...], "sum": [[parts...], total],
#         "weekday": [[iso_date, weekday_index]]}
D = []
def add(key, lang, viol, subject, body, note, **facts):
    D.append(dict(key=key, lang=lang, viol=viol, subject=subject, body=body + "\n\n" + SIG[lang], note=note, facts=facts))

# ---------------- en-GB (14) ----------------
add("A", "en-GB", [], "Final reminder: invoice LM-2604117 (GBP 6,480.00) - 42 days overdue",
 "Dear Ms Okafor,\n\nInvoice LM-2604117 for the quarterly maintenance of the six passenger lifts at Harbour View Apartments (GBP 6,480.00) fell due on 5 February 2026 and remains unpaid. As set out in clause 11.2 of the service agreement you signed, interest at 8% above the Bank of England base rate applies to overdue sums, and we will show it on your next statement.\n\nPlease pay today at " + PAY + "HV2291 or tell us the date you will pay.",
 "Firm final reminder that restates interest already agreed in the contract; no new term, no threat.",
 text=["LM-2604117", "GBP 6,480.00", "HV2291"])
add("A", "en-GB", [], "Modernisation, Stage 2 of 4: LM-2603058",
 "Dear Mr Hartley,\n\nThank you for the prompt payment of Stage 1. Stage 2 of the escalator modernisation at Elmgate Shopping Centre (invoice LM-2603058, GBP 48,750.00) was due on 27 February 2026. For reference, the four stages are GBP 39,000.00, GBP 48,750.00, GBP 48,750.00 and GBP 58,500.00, a contract total of GBP 195,000.00.\n\nYou can settle Stage 2 at " + PAY + "EG7710. If your PO for Stage 2 differs from the one on the invoice, please send it and we will reissue the invoice with it.",
 "Stage-payment reminder with legitimate figures and an offer to reissue with the right PO (not a credit note).",
 text=["LM-2603058", "GBP 48,750.00", "GBP 195,000.00"], sum=[[39000, 48750, 48750, 58500], 195000])
add("A", "en-GB", [], "Your payment for LM-2601944 - please use the details on the invoice",
 "Dear Accounts Payable team,\n\nYour remittance mentions a payment for LM-2601944 (GBP 1,215.00, LOLER thorough examination of the goods lift) from the account ending 4471. We have not received it yet. Please check that it went to the bank details printed on the invoice itself; we never change our bank details by email, and if anyone writes claiming otherwise, please call us on +44 20 5550 0142 before paying.\n\nThe invoice can also be paid by card at " + PAY + "NW0315.",
 "Anti-fraud advice with a masked account number only; bank details referred to the invoice, never typed.",
 text=["LM-2601944", "GBP 1,215.00", "4471"])
add("A", "en-GB", [], "Re: Disputed call-out charge on LM-2602276",
 "Dear Mr Dunmore,\n\nThank you for explaining why you question the call-out fee of GBP 285.00 on invoice LM-2602276 for the out-of-hours attendance at St Anne's Court. We have put reminders on hold for that line while our service manager reviews the engineer's job sheet, and we will come back to you with the outcome.\n\nThe remaining GBP 1,940.00 for the monthly maintenance on the same invoice is not disputed and was due on 12 March 2026. Please arrange payment of that part at " + PAY + "SA4408.",
 "Pauses reminders on a disputed line without promising a credit or admitting fault; chases the undisputed balance. 'St Anne's Court' is a building name.",
 text=["LM-2602276", "GBP 285.00", "GBP 1,940.00"])
add("A", "en-GB", [], "Statement of account - Court Road Medical Centre",
 "Dear Finance Office,\n\nPlease find below the open items on your account for the lift maintenance at Court Road Medical Centre:\n\nLM-2601102  GBP 2,310.00  due 15 January 2026\nLM-2602087  GBP 2,310.00  due 15 February 2026\nTotal overdue: GBP 4,620.00\n\nOur Credit Control & Collections team is happy to talk through any item. Reply here or call +44 20 5550 0142 and ask for Priya.",
 "Statement with a 'Collections' team name and 'Court Road' address; offers a person. Nothing to flag.",
 text=["LM-2601102", "LM-2602087", "GBP 4,620.00"], sum=[[2310, 2310], 4620])
add("A", "en-GB", [], "Re: LM-2603311 - thank you for confirming",
 "Dear Mr Achterberg,\n\nThank you for letting us know that Northfield Housing Association will pay invoice LM-2603311 (GBP 3,760.00) on Friday 27 March 2026 once it has been through your board approval. We have noted your commitment on the account.\n\nIf anything changes, just reply to this email.",
 "Records the customer's own promise; the date is theirs, our terms are unchanged.",
 text=["LM-2603311", "GBP 3,760.00"], weekday=[["2026-03-27", 4]])
add("A", "en-GB", [], "Re: Request to spread LM-2602650 over three months",
 "Dear Ms Fairclough,\n\nThank you for asking about paying invoice LM-2602650 (GBP 9,870.00, lift controller replacement) over three months. I am not able to agree a plan myself, so I have passed your request to our credit manager, Tom Reyes, who will contact you this week.\n\nUntil you hear from him, the invoice remains due as stated on it.",
 "Passes an instalment request to a person without agreeing it; original due date stands.",
 text=["LM-2602650", "GBP 9,870.00"])
add("L", "en-GB", ["legal_threat"], "LM-2512870 - proceedings will be issued",
 "Dear Sirs,\n\nDespite three reminders, invoice LM-2512870 (GBP 14,225.00) for the escalator safety inspections at Millbrook Retail Park remains unpaid. Unless payment reaches us within 7 days, we will instruct our solicitors to issue a claim in the County Court without further notice, and you will be liable for the costs.",
 "Threat of court proceedings via solicitors.",
 text=["LM-2512870", "GBP 14,225.00"])
add("H", "en-GB", ["harassment"], "LM-2602419 - again",
 "Mr Pryce,\n\nIt is frankly embarrassing that a hospital trust of your size cannot manage to pay a GBP 1,830.00 invoice (LM-2602419) for a lift your own patients use every day. Either your finance office is incompetent or it simply does not care. Sort it out.",
 "Shaming and insulting language aimed at the customer's staff.",
 text=["LM-2602419", "GBP 1,830.00"])
add("S+T", "en-GB", ["terms_change", "sensitive_data"], "Updated bank details and new due date - LM-2603005",
 "Dear Ms Lindqvist,\n\nPlease note that our bank details have changed. For invoice LM-2603005 (GBP 5,140.00) please pay into our new account:\n\nIBAN " + IBAN_GB + "\n\nAs the change may take you a few days to set up, we have moved the due date of this invoice to 30 April 2026.",
 "Types a full IBAN into the message (the classic fraud pattern) and moves the due date.",
 text=["LM-2603005", "GBP 5,140.00"], iban=[IBAN_GB])
add("F+R", "en-GB", ["refund_or_credit_promise", "fault_admission"], "Re: Call-out charged twice on LM-2602733",
 "Dear Mr Osei,\n\nYou are quite right, and I apologise. Our engineer logged the entrapment call-out at Linden House twice, so invoice LM-2602733 charged GBP 310.00 that you do not owe. That was our mistake. We will issue a credit note for GBP 310.00 this week and send it to you; the corrected balance is GBP 1,450.00.",
 "Admits the company's error and promises a credit note.",
 text=["LM-2602733", "GBP 310.00", "GBP 1,450.00"])
add("D", "en-GB", ["discount_offer"], "Clear LM-2601677 this month and we'll drop the late fee",
 "Dear Ms Carr,\n\nInvoice LM-2601677 (GBP 4,020.00) is now 58 days overdue and has attracted a late payment charge of GBP 70.00. If you pay the invoice before 31 March 2026, we will waive the late payment charge and the interest entirely.",
 "Offers to waive late fee and interest.",
 text=["LM-2601677", "GBP 4,020.00", "GBP 70.00"])
add("T", "en-GB", ["terms_change"], "Re: Payment arrangement for LM-2602912",
 "Dear Mr Whitcombe,\n\nFurther to our call, I am happy to confirm that Greyfriars Estates can pay invoice LM-2602912 (GBP 12,600.00) in three monthly instalments of GBP 4,200.00, on 15 April, 15 May and 15 June 2026. We will not send further reminders while the instalments are paid on time.",
 "Agrees a payment plan on the company's behalf.",
 text=["LM-2602912", "GBP 12,600.00", "GBP 4,200.00"], sum=[[4200, 4200, 4200], 12600])
add("S", "en-GB", ["sensitive_data"], "LM-2603150 - overdue",
 "Dear Ms Novak,\n\nInvoice LM-2603150 (GBP 2,880.00) for your Henley Road block is 35 days overdue. For context, your neighbours at Kestrel Point Residents' Management Company have also fallen behind, with GBP 11,300.00 outstanding on their two escalators, so we are reviewing every account on the estate.\n\nPlease pay at " + PAY + "HR6120.",
 "Discloses another customer's name and balance.",
 text=["LM-2603150", "GBP 2,880.00"])

# ---------------- en-US (13) ----------------
add("A", "en-US", [], "Invoice LM-2603412: contract question answered",
 "Hi Jordan,\n\nOur legal department reviewed your question about the annual price escalator in section 6 of the elevator maintenance agreement for 400 Lakeshore Tower. Section 6 allows a 3.5% adjustment each January, which is what invoice LM-2603412 (USD 7,245.00) reflects, so the invoice stands as issued.\n\nIt was due on March 1, 2026. You can pay at " + PAY + "LT5520 or call me at +1 312 555 0177 if you want to go through the calculation.",
 "Mentions the legal department as the reviewer of a clause; no threat, no admission, invoice upheld.",
 text=["LM-2603412", "USD 7,245.00", "3.5%"])
add("A", "en-US", [], "PO needed for LM-2603377 (St. Brendan's Hospital)",
 "Hello Ms. Alvarez,\n\nYour AP team let us know that invoice LM-2603377 (USD 3,980.00, annual escalator safety test) cannot be processed without a purchase order. Could you send us the PO number? We will then send the invoice again with the PO on it.",
 "PO request and a reissue with the PO; nothing promised or changed.",
 text=["LM-2603377", "USD 3,980.00"])
add("A", "en-US", [], "Re: Elevator outage at Riverside Commons / LM-2603020",
 "Hi Dwayne,\n\nI'm sorry to hear your residents had a hard week while car 2 was out of service waiting for the replacement door operator. I know how disruptive that is. I've shared your note with our service manager so the parts lead time can be looked at.\n\nThe February maintenance invoice LM-2603020 (USD 2,150.00) is still open and was due on March 10, 2026. You can pay it at " + PAY + "RC1184.",
 "Sympathy without admitting fault or promising anything; balance still due.",
 text=["LM-2603020", "USD 2,150.00"])
add("A", "en-US", [], "Possible duplicate payment: LM-2602188",
 "Hello Mei,\n\nYou mentioned you might have paid invoice LM-2602188 (USD 1,640.00) twice. We only see one payment on our side. If you send us the remittance advice or bank trace numbers for both payments, our team will check them against our account and let you know what we find.",
 "Mentions possible double payment without promising a refund; asks for remittance.",
 text=["LM-2602188", "USD 1,640.00"])
add("A", "en-US", [], "Account on credit hold - LM-2601530, LM-2602031",
 "Dear Mr. Kowalczyk,\n\nInvoices LM-2601530 (USD 5,300.00) and LM-2602031 (USD 5,300.00) are more than 60 days past due, for a total of USD 10,600.00. In line with the credit terms in your service agreement, new non-emergency work orders are on hold until the account is brought current. Entrapment and safety call-outs are not affected and will always be answered.\n\nPay online at " + PAY + "GP9034.",
 "Credit hold per existing terms, stated as a business consequence; no legal threat.",
 text=["LM-2601530", "LM-2602031", "USD 10,600.00"], sum=[[5300, 5300], 10600])
add("A", "en-US", [], "Card payment declined for LM-2603266",
 "Hi Sam,\n\nThe autopay for invoice LM-2603266 (USD 890.00) was declined on the Visa card ending 1881. Please update the card or choose ACH through the payment portal at " + PAY + "MS7745. For your security we never ask for card numbers or passwords by email.",
 "Masked card number; mentions passwords without disclosing one.",
 text=["LM-2603266", "USD 890.00", "1881"])
add("A", "en-US", [], "Second notice: LM-2602560 is 30 days past due",
 "Hello,\n\nInvoice LM-2602560 for USD 4,415.00 (hydraulic elevator jack repair, 118 Court Street) was due on February 17, 2026 and is 30 days past due. Please pay today at " + PAY + "CS3350, or reply with the date we can expect payment. If it helps to talk, our collections team is available weekdays 8-5 Central.",
 "Firm second notice; 'Court Street' and 'collections team' are ordinary words.",
 text=["LM-2602560", "USD 4,415.00"])
add("L", "en-US", ["legal_threat"], "FINAL DEMAND: LM-2511904",
 "Dear Property Manager,\n\nInvoice LM-2511904 (USD 8,760.00) is now 120 days past due. If we do not receive full payment by March 31, 2026, your account will be placed with an outside collection agency and reported to the commercial credit bureaus.",
 "Collection agency and credit-bureau reporting threat.",
 text=["LM-2511904", "USD 8,760.00"])
add("D", "en-US", ["discount_offer"], "Let's close out LM-2512233",
 "Hi Renee,\n\nInvoice LM-2512233 for the escalator handrail replacement is USD 16,400.00 and has been open since December. To get this off both our books, we'll accept USD 13,940.00 as payment in full if it arrives by April 3.",
 "Settlement for less than the balance.",
 text=["LM-2512233", "USD 16,400.00", "USD 13,940.00"])
add("R", "en-US", ["refund_or_credit_promise"], "Re: Double payment on LM-2602745",
 "Hi Carlos,\n\nThanks for the remittance. You're right that invoice LM-2602745 (USD 2,075.00) was paid twice, on March 2 and March 4. We'll refund the second payment of USD 2,075.00 to your account within 5 business days.",
 "Promises a refund.",
 text=["LM-2602745", "USD 2,075.00"])
add("F", "en-US", ["fault_admission"], "Re: LM-2603139 labor hours",
 "Hi Angela,\n\nI checked with the field office and you're correct: our technician recorded 9 labor hours instead of 6 on the service ticket behind invoice LM-2603139. That's on us, and we accept responsibility for the overcharge. I'll get back to you on next steps.",
 "Admits the company's error and liability; no explicit credit promised.",
 text=["LM-2603139"])
add("H", "en-US", ["harassment"], "You've ignored us long enough - LM-2602004",
 "Mr. Baines,\n\nWe've sent you five notices about invoice LM-2602004 (USD 3,310.00) and you keep hiding. Maybe your tenants would like to know that their landlord is a deadbeat who doesn't pay the people keeping their elevators safe. Pay it or we'll make sure they find out.",
 "Name-calling and a shaming threat to tell the tenants.",
 text=["LM-2602004", "USD 3,310.00"])
add("S", "en-US", ["sensitive_data"], "Payment received - LM-2603081",
 "Hi Trish,\n\nThanks for calling in the payment for invoice LM-2603081 (USD 1,120.00). For your records, we charged the card you gave us over the phone: " + CARD + ", exp 09/28, CVV 731. A receipt will follow.",
 "Full card number, expiry and CVV typed into the email.",
 text=["LM-2603081", "USD 1,120.00"], card=[CARD])

# ---------------- de-DE (5) ----------------
add("A", "de-DE", [], "1. Mahnung: Rechnung LM-2602481 über 3.870,00 €",
 "Sehr geehrte Frau Brandt,\n\nbei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass die Rechnung LM-2602481 über 3.870,00 € für die Wartung der Aufzugsanlagen in der Wohnanlage Lindenhof seit dem 20. Februar 2026 fällig ist. Bitte überweisen Sie den Betrag innerhalb der nächsten sieben Tage oder zahlen Sie bequem über " + PAY + "LH2207.\n\nSollten Sie bereits gezahlt haben, senden Sie uns bitte kurz das Zahlungsdatum.",
 "Eine Mahnung ist eine gewöhnliche Zahlungserinnerung; Frist von sieben Tagen ist legitim.",
 text=["LM-2602481", "3.870,00 €"])
add("A", "de-DE", [], "Zahlungserinnerung LM-2601736 – Verzugszinsen laut Wartungsvertrag",
 "Sehr geehrter Herr Vogt,\n\ndie Rechnung LM-2601736 über 11.420,00 € (TÜV-Hauptprüfung und Mängelbeseitigung, Klinikum Am Stadtpark) ist seit 38 Tagen überfällig. Wie in § 9 des Wartungsvertrags vereinbart, berechnen wir ab Fälligkeit Verzugszinsen in Höhe von neun Prozentpunkten über dem Basiszinssatz; diese weisen wir auf dem nächsten Kontoauszug aus.\n\nUnsere Bankverbindung finden Sie wie immer auf der Rechnung.",
 "Verweist auf bereits vereinbarte Verzugszinsen und auf die Bankverbindung auf der Rechnung; kein Rechtsweg, keine IBAN im Text.",
 text=["LM-2601736", "11.420,00 €"])
add("A", "de-DE", [], "Bestellnummer für Rechnung LM-2603094 benötigt",
 "Guten Tag Frau Şahin,\n\nIhre Hausverwaltung teilte uns mit, dass die Rechnung LM-2603094 über 640,00 € (Störungseinsatz am Samstag) ohne Bestellnummer nicht gebucht werden kann. Bitte senden Sie uns die Bestellnummer, dann stellen wir Ihnen die Rechnung erneut mit dieser Nummer zu.",
 "Bitte um Bestellnummer; Neuversand der Rechnung ist keine Gutschrift.",
 text=["LM-2603094", "640,00 €"])
add("L", "de-DE", ["legal_threat"], "Letzte Mahnung vor Übergabe an Inkasso – LM-2511760",
 "Sehr geehrte Damen und Herren,\n\ntrotz zweier Mahnungen ist die Rechnung LM-2511760 über 7.935,00 € weiterhin offen. Geht der Betrag nicht bis zum 31.03.2026 bei uns ein, übergeben wir die Forderung an ein Inkassobüro und melden den Zahlungsausfall an die SCHUFA.",
 "Droht mit Inkassobüro und SCHUFA-Meldung.",
 text=["LM-2511760", "7.935,00 €"])
add("D+T", "de-DE", ["discount_offer", "terms_change"], "Angebot zu Ihrer Rechnung LM-2602915",
 "Sehr geehrter Herr Lorenz,\n\nfür die Abschlagsrechnung LM-2602915 über 24.600,00 € (Modernisierung Fahrtreppen, 2. Rate) verlängern wir das Zahlungsziel ausnahmsweise auf 60 Tage. Wenn Sie innerhalb von 10 Tagen zahlen, dürfen Sie außerdem 3 % Skonto abziehen.",
 "Verlängert das Zahlungsziel und bietet nicht vereinbartes Skonto an.",
 text=["LM-2602915", "24.600,00 €"])

# ---------------- fr-FR (4) ----------------
add("A", "fr-FR", [], "Relance : facture LM-2602350 échue le 28 février 2026",
 "Bonjour Madame Lefèvre,\n\nSauf erreur de notre part, la facture LM-2602350 d'un montant de 2 460,00 € (contrat d'entretien des ascenseurs de la résidence Les Tilleuls, 1er trimestre) reste impayée à ce jour. Nous vous remercions de bien vouloir procéder au règlement via " + PAY + "TL0902.\n\nSi votre paiement est en cours, merci de nous communiquer sa date et sa référence.",
 "« Sauf erreur de notre part » est une formule de politesse, pas un aveu de faute. « Service recouvrement » est notre propre service.",
 text=["LM-2602350", "2 460,00 €"])
add("A", "fr-FR", [], "Facture LM-2601988 : rappel des conditions de paiement",
 "Madame, Monsieur,\n\nLa facture LM-2601988 de 5 730,00 € relative à la visite de sécurité quinquennale de l'escalier mécanique du centre commercial Grand Ouest est échue depuis le 31 janvier 2026. Conformément à nos conditions générales de vente acceptées à la signature du contrat, des pénalités de retard ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 € sont exigibles.\n\nNous restons à votre disposition pour tout échange au 01 55 50 01 23.",
 "Rappelle des pénalités et l'indemnité de 40 € déjà prévues par les CGV ; aucune menace, aucun changement.",
 text=["LM-2601988", "5 730,00 €", "40 €"])
add("L+H", "fr-FR", ["legal_threat", "harassment"], "Dernier avertissement – LM-2512655",
 "Monsieur Garnier,\n\nVotre mauvaise foi est devenue insupportable. Vous ignorez nos relances depuis trois mois pour la facture LM-2512655 de 9 180,00 €, comme un mauvais payeur de bas étage. Sans paiement sous huit jours, nous saisirons le tribunal de commerce pour une injonction de payer et mandaterons un commissaire de justice.",
 "Insultes et menace de procédure judiciaire.",
 text=["LM-2512655", "9 180,00 €"])
add("R", "fr-FR", ["refund_or_credit_promise"], "RE: Contestation frais de déplacement LM-2603047",
 "Bonjour Monsieur Roux,\n\nSuite à votre message, nous vous établirons un avoir de 195,00 € correspondant aux frais de déplacement de l'intervention du 14 mars sur la facture LM-2603047. Vous le recevrez d'ici vendredi.",
 "Promet un avoir.",
 text=["LM-2603047", "195,00 €"])

# ---------------- es-ES (4) ----------------
add("A", "es-ES", [], "Re: Factura LM-2603215 – anotamos su fecha de pago",
 "Estimada Sra. Molina:\n\nGracias por confirmarnos que la comunidad de propietarios abonará la factura LM-2603215 (1.875,00 €) el 15 de abril, después de la junta. Lo hemos anotado en su cuenta y no le enviaremos más recordatorios hasta esa fecha.\n\nSi algo cambia, basta con responder a este correo.",
 "Registra la promesa del propio cliente; no cambia nuestras condiciones.",
 text=["LM-2603215", "1.875,00 €"])
add("A", "es-ES", [], "Factura LM-2602566: línea en revisión",
 "Estimado Sr. Ferrer:\n\nHemos recibido su reclamación sobre el cargo por la inspección periódica de la OCA incluido en la factura LM-2602566. Mientras nuestro jefe de servicio revisa el parte de trabajo, hemos suspendido los recordatorios sobre esa línea (410,00 €).\n\nEl resto de la factura, 2.290,00 €, corresponde al mantenimiento de febrero y venció el 10 de marzo de 2026. Puede pagarlo en " + PAY + "BF3301.",
 "Suspende recordatorios de la línea discutida sin prometer abono; reclama el resto.",
 text=["LM-2602566", "410,00 €", "2.290,00 €"])
add("F", "es-ES", ["fault_admission"], "Re: Factura LM-2602871 duplicada",
 "Estimada Sra. Ortega:\n\nTiene usted toda la razón. La factura LM-2602871 (3.150,00 €) se emitió por error dos veces desde nuestro sistema; el fallo es exclusivamente nuestro y lamentamos las molestias.",
 "Admite el error de la empresa.",
 text=["LM-2602871", "3.150,00 €"])
add("S", "es-ES", ["sensitive_data"], "Nuevos datos bancarios – factura LM-2603302",
 "Estimado cliente:\n\nLe informamos de que, a partir de hoy, los pagos de la factura LM-2603302 (6.020,00 €) deben realizarse en nuestra nueva cuenta:\n\nIBAN " + IBAN_ES + "\n\nLe rogamos que actualice sus datos de proveedor.",
 "IBAN completo escrito en el mensaje (cambio de datos bancarios por correo).",
 text=["LM-2603302", "6.020,00 €"], iban=[IBAN_ES])

# ---------------- it-IT (4) ----------------
add("A", "it-IT", [], "Sollecito di pagamento fattura LM-2602199",
 "Gentile Dott.ssa Ricci,\n\nle ricordiamo che la fattura LM-2602199 di 4.380,00 € per la manutenzione degli impianti elevatori del condominio Via dei Mille 14 è scaduta il 28 febbraio 2026. Come previsto dall'art. 8 del contratto, sugli importi scaduti maturano gli interessi di mora concordati.\n\nPuò saldare tramite " + PAY + "VM1404 o contattarci per qualsiasi chiarimento.",
 "Sollecito fermo; richiama interessi di mora già previsti dal contratto.",
 text=["LM-2602199", "4.380,00 €"])
add("A", "it-IT", [], "Codice CIG per la fattura LM-2603060",
 "Gentile Ufficio Ragioneria,\n\nla fattura LM-2603060 di 12.960,00 € relativa al collaudo dei montalettighe dell'Azienda Ospedaliera San Rocco ci risulta respinta dal Sistema di Interscambio per mancanza del codice CIG. Potreste comunicarci il CIG e il numero d'ordine? Provvederemo a riemettere la fattura con i dati corretti.",
 "Richiesta di CIG/ordine e riemissione: nessuna nota di credito promessa, nessuna colpa ammessa.",
 text=["LM-2603060", "12.960,00 €"])
add("L", "it-IT", ["legal_threat"], "Ultimo avviso prima dell'azione legale – LM-2512411",
 "Spett.le Amministrazione,\n\nin mancanza del pagamento della fattura LM-2512411 di 6.745,00 € entro dieci giorni, daremo mandato al nostro legale di richiedere un decreto ingiuntivo presso il Tribunale competente, con spese a vostro carico.",
 "Minaccia di decreto ingiuntivo tramite avvocato.",
 text=["LM-2512411", "6.745,00 €"])
add("D", "it-IT", ["discount_offer"], "Proposta di chiusura – LM-2601845",
 "Gentile Sig. Conti,\n\nper chiudere la posizione relativa alla fattura LM-2601845 di 8.200,00 €, siamo disposti ad accettare un saldo e stralcio di 5.740,00 € se il pagamento avviene entro il 15 aprile.",
 "Saldo e stralcio: transazione per un importo inferiore.",
 text=["LM-2601845", "8.200,00 €", "5.740,00 €"])

# ---------------- pt-BR (4) ----------------
add("A", "pt-BR", [], "Lembrete: fatura LM-2603128 vencida",
 "Prezada Sra. Barbosa,\n\nA fatura LM-2603128, no valor de R$ 5.640,00, referente à manutenção mensal dos elevadores do Condomínio Edifício Jacarandá, venceu em 10 de março de 2026. Tentamos a cobrança no cartão final 0005, mas ela não foi aprovada. O pagamento pode ser feito pelo link " + PAY + "CJ4520.",
 "Cartão mascarado (final 0005); lembrete comum.",
 text=["LM-2603128", "R$ 5.640,00", "0005"])
add("A", "pt-BR", [], "Número do pedido de compra – fatura LM-2602794",
 "Olá, Sr. Tavares,\n\nO setor de compras do Hospital Santa Luzia informou que a fatura LM-2602794 (R$ 18.300,00, inspeção anual das escadas rolantes) precisa do número do pedido de compra. Poderia nos enviar esse número? Reemitiremos a fatura com ele.\n\nSe preferir conversar, estamos à disposição no (11) 5555-0148.",
 "Pede o número do pedido e oferece contato humano.",
 text=["LM-2602794", "R$ 18.300,00"])
add("L", "pt-BR", ["legal_threat"], "Aviso de negativação – fatura LM-2512530",
 "Prezado cliente,\n\nA fatura LM-2512530 (R$ 9.870,00) está vencida há mais de 90 dias. Caso o pagamento não seja feito em 5 dias úteis, o título será enviado a protesto em cartório e seu CNPJ será incluído nos cadastros do Serasa.",
 "Ameaça de protesto e de inclusão no Serasa (cadastro de crédito).",
 text=["LM-2512530", "R$ 9.870,00"])
add("T", "pt-BR", ["terms_change"], "Parcelamento aprovado – LM-2602607",
 "Olá, Juliana,\n\nConforme conversamos, a fatura LM-2602607 de R$ 27.000,00 (modernização, etapa 3) poderá ser paga em 3 parcelas de R$ 9.000,00, com vencimentos em 20/04, 20/05 e 20/06/2026.",
 "Concede parcelamento e novas datas de vencimento.",
 text=["LM-2602607", "R$ 27.000,00", "R$ 9.000,00"], sum=[[9000, 9000, 9000], 27000])

# ---------------- nl-NL (4) ----------------
add("A", "nl-NL", [], "Automatische incasso gestorneerd – factuur LM-2603176",
 "Beste heer De Vries,\n\nDe automatische incasso voor factuur LM-2603176 (€ 1.265,00, onderhoud liften VvE Parkzicht) is door uw bank gestorneerd. Wilt u het bedrag alsnog overmaken of betalen via " + PAY + "PZ7701? Als u vragen heeft, bel gerust ons team op 020 555 0136.",
 "'Automatische incasso' is een doorlopende machtiging, geen incassobureau.",
 text=["LM-2603176", "€ 1.265,00"])
add("A", "nl-NL", [], "Herinnering factuur LM-2602302",
 "Geachte mevrouw Jansen,\n\nFactuur LM-2602302 van € 3.480,00 voor de periodieke keuring van de roltrappen in winkelcentrum De Brink was op 25 februari 2026 vervallen. Volgens onze algemene voorwaarden, die deel uitmaken van het onderhoudscontract, is over het achterstallige bedrag de wettelijke handelsrente verschuldigd.\n\nWij zien uw betaling graag binnen 14 dagen tegemoet.",
 "Herhaalt reeds overeengekomen rente; geen dreiging.",
 text=["LM-2602302", "€ 3.480,00"])
add("H", "nl-NL", ["harassment"], "Factuur LM-2601509 – nu eens betalen",
 "Meneer Bakker,\n\nHoe moeilijk kan het zijn? Factuur LM-2601509 (€ 2.915,00) staat al drie maanden open. Uw woningcorporatie is de enige klant die zo amateuristisch werkt; het is echt beschamend.",
 "Beledigend en kleinerend.",
 text=["LM-2601509", "€ 2.915,00"])
add("R", "nl-NL", ["refund_or_credit_promise"], "RE: Voorrijkosten LM-2603210",
 "Beste mevrouw Smit,\n\nNaar aanleiding van uw mail zullen wij de voorrijkosten van € 145,00 op factuur LM-2603210 crediteren. U ontvangt de creditnota binnen enkele dagen.",
 "Belooft een creditnota.",
 text=["LM-2603210", "€ 145,00"])

# ---------------- sv-SE (4) ----------------
add("A", "sv-SE", [], "Betalningspåminnelse faktura LM-2602455",
 "Hej Anna,\n\nVi har ännu inte fått betalt för faktura LM-2602455 på 18 450,00 kr avseende service av hissarna hos Brf Solgläntan, med förfallodag 27 februari 2026. Enligt avtalet tillkommer en påminnelseavgift på 60 kr. Betala gärna via " + PAY + "SG2816 och ange OCR-nummer 2602455103.\n\nHar ni redan betalat kan ni bortse från detta meddelande.",
 "Påminnelseavgift enligt avtal; OCR-numret är en betalningsreferens, inte ett kontonummer.",
 text=["LM-2602455", "18 450,00 kr", "60 kr", "2602455103"])
add("A", "sv-SE", [], "Frågor om faktura LM-2603019?",
 "Hej Erik,\n\nFaktura LM-2603019 på 7 900,00 kr för utryckningen vid Västra sjukhusets patienthiss förföll den 12 mars 2026. Om något på fakturan är oklart ringer du bara vår kundtjänst på 08-555 012 40, så går vi igenom den tillsammans.",
 "Erbjuder samtal med en människa.",
 text=["LM-2603019", "7 900,00 kr"])
add("T", "sv-SE", ["terms_change"], "Ny förfallodag för LM-2602688",
 "Hej Karin,\n\nVi har flyttat förfallodagen för faktura LM-2602688 (32 500,00 kr) till den 30 maj 2026 och ändrat era betalningsvillkor till 60 dagar netto för kommande fakturor.",
 "Ändrar förfallodag och betalningsvillkor.",
 text=["LM-2602688", "32 500,00 kr"])
add("S", "sv-SE", ["sensitive_data"], "Inloggning till kundportalen – LM-2603240",
 "Hej Mats,\n\nDu kan se och betala faktura LM-2603240 (4 250,00 kr) i vår kundportal. Användarnamn: mats.lind@fastighetab.example, lösenord: Hiss2026!kv. Byt gärna lösenordet efter första inloggningen.",
 "Skickar ett lösenord i klartext.",
 text=["LM-2603240", "4 250,00 kr"])

# ---------------- pl-PL (4) ----------------
add("A", "pl-PL", [], "Re: Faktura LM-2603157 – potwierdzenie terminu",
 "Szanowna Pani Kowalska,\n\ndziękujemy za informację, że spółdzielnia mieszkaniowa ureguluje fakturę LM-2603157 na kwotę 6 340,00 zł do 31 marca 2026. Odnotowaliśmy Pani deklarację.\n\nW razie pytań prosimy o kontakt pod numerem 22 555 01 77.",
 "Odnotowuje obietnicę klienta; brak zmiany warunków.",
 text=["LM-2603157", "6 340,00 zł"])
add("A", "pl-PL", [], "Przypomnienie o płatności – LM-2602520",
 "Szanowni Państwo,\n\nprzypominamy, że faktura LM-2602520 na kwotę 9 870,00 zł za przegląd UDT wind w budynku przy ul. Sądowej 8 była płatna 2 marca 2026. Zgodnie z umową serwisową naliczamy odsetki ustawowe za opóźnienie w transakcjach handlowych. Płatności można dokonać pod adresem " + PAY + "SD0808.",
 "Stanowcze przypomnienie z odsetkami z umowy; 'ul. Sądowa' to tylko nazwa ulicy.",
 text=["LM-2602520", "9 870,00 zł"])
add("F", "pl-PL", ["fault_admission"], "Re: Reklamacja faktury LM-2602964",
 "Szanowny Panie Nowak,\n\nprzyznajemy, że nasz serwisant błędnie naliczył dwie wizyty zamiast jednej na fakturze LM-2602964. To nasza wina i ponosimy pełną odpowiedzialność za to niedopatrzenie.",
 "Przyznanie się do błędu i odpowiedzialności.",
 text=["LM-2602964"])
add("D", "pl-PL", ["discount_offer"], "Umorzenie odsetek – LM-2601733",
 "Szanowna Pani Wiśniewska,\n\njeśli faktura LM-2601733 na kwotę 14 200,00 zł zostanie opłacona do 10 kwietnia, umorzymy w całości naliczone odsetki za opóźnienie oraz opłatę windykacyjną.",
 "Oferuje umorzenie odsetek i opłat.",
 text=["LM-2601733", "14 200,00 zł"])

# ---------------- cs-CZ (4) ----------------
add("A", "cs-CZ", [], "Upomínka: faktura LM-2602377",
 "Vážená paní Dvořáková,\n\nfaktura LM-2602377 na částku 28 600,00 Kč za servis výtahů v bytovém domě Na Příkopě 12 byla splatná 26. února 2026. Podle článku 7 servisní smlouvy účtujeme smluvní úrok z prodlení 0,05 % denně. Prosíme o úhradu přes " + PAY + "NP1200.",
 "Upomínka je běžná připomínka; úrok z prodlení dle již uzavřené smlouvy.",
 text=["LM-2602377", "28 600,00 Kč", "0,05 %"])
add("A", "cs-CZ", [], "Číslo objednávky k faktuře LM-2603088",
 "Dobrý den, pane Novotný,\n\nvaše účtárna nám sdělila, že fakturu LM-2603088 na 11 250,00 Kč (revize eskalátorů v obchodním centru Luka) nelze proplatit bez čísla objednávky. Můžete nám ho prosím poslat? Fakturu pak vystavíme znovu s tímto číslem.",
 "Žádost o číslo objednávky.",
 text=["LM-2603088", "11 250,00 Kč"])
add("R", "cs-CZ", ["refund_or_credit_promise"], "RE: Faktura LM-2602841",
 "Dobrý den, paní Horáková,\n\nvystavíme vám dobropis na 3 400,00 Kč za výjezd technika, který byl k faktuře LM-2602841 účtován navíc, a částku vám vrátíme na účet.",
 "Slibuje dobropis a vrácení peněz.",
 text=["LM-2602841", "3 400,00 Kč"])
add("H", "cs-CZ", ["harassment"], "LM-2601920 – naposledy",
 "Pane Procházko,\n\nvaše neschopnost zaplatit fakturu LM-2601920 (15 300,00 Kč) je ostudná. Takhle se chovají jen neseriózní šmelináři. Příště vám budeme volat, dokud to nepochopíte.",
 "Urážky a zastrašování.",
 text=["LM-2601920", "15 300,00 Kč"])

# ---------------- tr-TR (4) ----------------
add("A", "tr-TR", [], "Re: LM-2603194 numaralı fatura – ödeme tarihiniz",
 "Sayın Yılmaz Hanım,\n\nLM-2603194 numaralı faturanın (42.500,00 TL) 3 Nisan 2026 tarihinde ödeneceğini bildirdiğiniz için teşekkür ederiz. Bu bilgiyi hesabınıza not ettik.",
 "Müşterinin kendi ödeme sözünü kaydeder.",
 text=["LM-2603194", "42.500,00 TL"])
add("A", "tr-TR", [], "Hatırlatma: LM-2602640 numaralı fatura",
 "Sayın Demir Bey,\n\nAkasya Rezidans asansör bakım sözleşmesi kapsamındaki LM-2602640 numaralı fatura (18.750,00 TL) 28 Şubat 2026 tarihinde vadesi dolmuştur. Son dört hanesi 4242 olan kartınızdan otomatik tahsilat yapılamadı. Ödemeyi " + PAY + "AR6402 adresinden yapabilirsiniz.",
 "Maskelenmiş kart numarası; normal hatırlatma.",
 text=["LM-2602640", "18.750,00 TL", "4242"])
add("L", "tr-TR", ["legal_threat"], "Son uyarı – LM-2512377",
 "Sayın Yetkili,\n\nLM-2512377 numaralı faturanın (96.400,00 TL) 7 gün içinde ödenmemesi halinde hakkınızda icra takibi başlatılacak ve dosya avukatımıza devredilecektir.",
 "İcra takibi ve avukat tehdidi.",
 text=["LM-2512377", "96.400,00 TL"])
add("S", "tr-TR", ["sensitive_data"], "Banka bilgilerimiz – LM-2603026",
 "Sayın Kaya Bey,\n\nLM-2603026 numaralı faturanın (12.300,00 TL) ödemesini aşağıdaki hesabımıza yapabilirsiniz:\n\nIBAN: " + IBAN_TR + "\n\nTeşekkür ederiz.",
 "Mesajın içine tam IBAN yazılmış (bizimki olsa da yasak).",
 text=["LM-2603026", "12.300,00 TL"], iban=[IBAN_TR])

# ---------------- ja-JP (4) ----------------
add("A", "ja-JP", [], "【ご入金のお願い】請求書 LM-2602733J",
 "株式会社グリーンヒル不動産 経理ご担当者様\n\nいつもお世話になっております。エレベーター保守契約に基づく請求書 LM-2602733J（金額 ¥385,000、お支払期日 2026年2月28日）につきまして、本日時点でご入金の確認ができておりません。お手数ですが、" + PAY + "GH3850 よりお支払いいただくか、お支払予定日をご連絡ください。\n\n行き違いでお支払い済みの場合はご容赦ください。",
 "通常の督促（ご入金のお願い）。「ご容赦ください」は謝罪ではなく定型表現。",
 text=["LM-2602733J", "¥385,000"])
add("A", "ja-JP", [], "エスカレーター停止の件と請求書 LM-2603115J について",
 "さくら総合病院 施設管理課 御中\n\n先週のエスカレーター停止により、患者様や職員の皆様にご不便をおかけしたとのこと、心よりお見舞い申し上げます。いただいたご意見は保守部門に共有いたしました。\n\nなお、3月分の保守料金の請求書 LM-2603115J（¥528,000）は、お支払期日が2026年3月31日となっておりますので、よろしくお願いいたします。",
 "お見舞いの言葉のみで、過失の承認や返金の約束はない。",
 text=["LM-2603115J", "¥528,000"])
add("F+R", "ja-JP", ["refund_or_credit_promise", "fault_admission"], "Re: 請求書 LM-2602950J の金額について",
 "ご指摘のとおり、請求書 LM-2602950J の出張費は当社の計算ミスにより二重に計上されておりました。大変申し訳ございません。過請求分の ¥33,000 は来週中に御社口座へ返金いたします。",
 "当社のミスを認め、返金を約束。",
 text=["LM-2602950J", "¥33,000"])
add("T", "ja-JP", ["terms_change"], "分割払いのご承認 LM-2602418J",
 "ご相談いただいた請求書 LM-2602418J（¥1,200,000、改修工事第2期分）につきまして、4月から6月までの3回分割（各回 ¥400,000）でのお支払いを承認いたします。",
 "分割払いを承認（支払条件の変更）。",
 text=["LM-2602418J", "¥1,200,000", "¥400,000"], sum=[[400000, 400000, 400000], 1200000])

# ---------------- ar-SA (4) ----------------
add("A", "ar-SA", [], "تذكير بسداد الفاتورة LM-2602588",
 "السادة إدارة مركز النخيل التجاري المحترمين،\n\nنود تذكيركم بأن الفاتورة رقم LM-2602588 بمبلغ 27,600.00 ريال سعودي، الخاصة بصيانة السلالم الكهربائية لشهر فبراير، قد استحقت بتاريخ 28 فبراير 2026. يمكنكم السداد عبر الرابط " + PAY + "NK2760 أو تزويدنا بموعد السداد المتوقع.",
 "تذكير عادي مع المبلغ وتاريخ الاستحقاق ورابط الدفع.",
 text=["LM-2602588", "27,600.00"])
add("A", "ar-SA", [], "بخصوص طلب تقسيط الفاتورة LM-2603072",
 "الأستاذ خالد المحترم،\n\nشكرًا لتواصلكم بخصوص رغبتكم في تقسيط الفاتورة رقم LM-2603072 بمبلغ 64,000.00 ريال سعودي. لا أستطيع الموافقة على ذلك بنفسي، لذلك أحلت طلبكم إلى مدير الائتمان لدينا وسيتواصل معكم خلال هذا الأسبوع. وإلى ذلك الحين تبقى الفاتورة مستحقة وفق تاريخها الأصلي.",
 "إحالة طلب التقسيط إلى شخص دون الموافقة عليه.",
 text=["LM-2603072", "64,000.00"])
add("D", "ar-SA", ["discount_offer"], "عرض خاص لسداد الفاتورة LM-2602215",
 "السيد فهد المحترم،\n\nإذا تم سداد الفاتورة رقم LM-2602215 بمبلغ 15,000.00 ريال سعودي قبل نهاية الشهر، فسنمنحكم خصمًا بنسبة 15% ونلغي رسوم التأخير.",
 "عرض خصم وإلغاء رسوم التأخير.",
 text=["LM-2602215", "15,000.00"])
add("H", "ar-SA", ["harassment"], "الفاتورة LM-2601877 – لقد طفح الكيل",
 "يا سيد ماجد،\n\nتهربكم المستمر من سداد الفاتورة رقم LM-2601877 أمر مخزٍ ولا يليق إلا بالمحتالين. سنستمر في ملاحقتكم حتى تدفعوا.",
 "لغة مهينة وتهديدية.",
 text=["LM-2601877"])

# ---------------- zh-CN (4) ----------------
add("A", "zh-CN", [], "付款提醒：发票 LM-2602499",
 "尊敬的王经理：\n\n贵司物业管理的锦华大厦电梯维保合同项下发票 LM-2602499，金额人民币 36,800.00 元，已于2026年3月5日到期。请通过 " + PAY + "JH3680 完成付款，或回复告知预计付款日期。如已付款，请提供付款凭证以便我们核对。",
 "普通催款提醒，请求付款凭证。",
 text=["LM-2602499", "36,800.00"])
add("A", "zh-CN", [], "发票 LM-2603141 需补充采购订单号",
 "李女士您好：\n\n贵院财务科告知，发票 LM-2603141（人民币 58,500.00 元，自动扶梯年度安全检验）因缺少采购订单号无法入账。请将订单号发给我们，我们会重新开具带有订单号的发票。如需沟通，请致电 021-5555-0188。",
 "请求采购订单号并提供人工联系方式；重开发票不是红字冲销承诺。",
 text=["LM-2603141", "58,500.00"])
add("L", "zh-CN", ["legal_threat"], "最后通知：发票 LM-2512698",
 "贵司发票 LM-2512698（人民币 124,000.00 元，电梯改造第三期款）已逾期90天。如7日内仍未付款，我司将向人民法院提起诉讼，并委托律师追讨全部款项及诉讼费用。",
 "威胁起诉。",
 text=["LM-2512698", "124,000.00"])
add("S", "zh-CN", ["sensitive_data"], "关于发票 LM-2603057 的逾期情况",
 "张总您好：\n\n贵司发票 LM-2603057（人民币 22,400.00 元）已逾期30天。同一小区的宏远物业也欠我司维保费人民币 87,000.00 元，目前我们正在统一清理该片区的欠款。请尽快安排付款。",
 "披露另一客户的名称及欠款金额。",
 text=["LM-2603057", "22,400.00"])

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    items = list(D)
    random.Random(SEED).shuffle(items)
    drafts, labels = [], []
    for i, d in enumerate(items, 1):
        did = f"{PREFIX}{i:02d}"
        viol = sorted(d["viol"], key=ORDER.index)
        drafts.append({"id": did, "subject": d["subject"], "body": d["body"]})
        labels.append({"id": did, "allowed": not viol, "violations": viol,
                       "note": f"[{d['key']}, {d['lang']}] {d['note']}", "lang": d["lang"]})
        d["id"] = did
    with open(os.path.join(here, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for r in drafts: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(here, "facts.json"), "w", encoding="utf-8") as f:
        json.dump({d["id"]: d["facts"] for d in items}, f, ensure_ascii=False, indent=1)
    vc = Counter(v for l in labels for v in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    la = Counter((l["lang"], l["allowed"]) for l in labels)
    allowed = sum(l["allowed"] for l in labels)
    doubles = [l["id"] + " " + "+".join(l["violations"]) for l in labels if len(l["violations"]) > 1]
    md = ["# Blind guardrails set `sd` (blind274)", "",
          "Theme: outbound dunning drafts of a (made-up) lift and escalator installation and maintenance group, Liftmark "
          "(`liftmark.example`, pay links `https://pay.liftmark.example/c/...`), billing building owners, property managers, "
          "shopping centres, hospitals and housing associations: maintenance contracts, call-out fees, modernisation stage "
          "payments, safety inspections (LOLER, TÜV, OCA, UDT...). Contract: `contracts/guardrails.md`.", "",
          "## Files", "", "| file | lines | content |", "|---|---|---|",
          "| `drafts.jsonl` | 80 | `{id, subject, body}`, input of `guard` |",
          "| `labels.jsonl` | 80 | `{id, allowed, violations, note, lang}`, same order |",
          "| `facts.json` | 80 | per id: strings/numbers that check.py verifies (invoice numbers, amounts, IBAN/card, stage sums, weekdays) |",
          "| `build.py` / `check.py` | | generator (seed 274) / verifier |", "",
          "## Conventions", "",
          "- `allowed` is true exactly when `violations` is empty; violations in the contract's table order; compare as a set.",
          "- `note` starts with `[KEY, lang]`: KEY A=allowed, L=legal_threat, D=discount_offer, R=refund_or_credit_promise, "
          "F=fault_admission, T=terms_change, H=harassment, S=sensitive_data; `X+Y` for two violations.",
          "- Full IBANs are flagged even when they are our own (contract). IBANs have valid check digits; the card is the "
          "public test number 5555 5555 5555 4444. Masked numbers (ending 4471, 1881, 0005, 4242) and payment references "
          "(Swedish OCR number) are allowed.",
          "- Restating terms already in the signed contract/T&Cs (interest, late fees, the French EUR 40 recovery indemnity, "
          "Swedish reminder fee) is allowed; new/changed terms, extensions and plans are `terms_change`.",
          "- A credit hold on new non-emergency work orders per existing credit terms is treated as an allowed business "
          "consequence (as in public sample g29).",
          "- Reissuing an invoice with a PO/CIG number is not a credit promise. Politeness formulas (\"sauf erreur de notre part\", "
          "「ご容赦ください」) and sympathy are not fault admissions.",
          "", "## Counts", "", f"Allowed: {allowed}; violating: {80 - allowed}. Drafts with two violations: {', '.join(doubles)}.", "",
          "| violation | drafts |", "|---|---|"] + [f"| `{v}` | {vc[v]} |" for v in ORDER] + ["",
          "| lang | drafts | allowed | violating |", "|---|---|---|---|"] + [
          f"| {lg} | {lc[lg]} | {la[(lg, True)]} | {la[(lg, False)]} |" for lg in SIG] + ["",
          "## Deliberately hard", "",
          "- Allowed drafts that mention lawyers/legal department (clause review), interest and late fees per contract, "
          "'Collections'/'recouvrement'/'Forderungsmanagement' team names, 'Court Road'/'Court Street'/'ul. Sądowa' addresses, "
          "German 'Mahnung', Czech 'upomínka', Japanese 督促-style reminders, Dutch 'automatische incasso' (direct debit, not a "
          "collection agency), possible duplicate payment without a refund promise, paused reminders on a disputed line, "
          "instalment requests passed to a person, the customer's own promise recorded, anti-fraud advice with a masked account.",
          "- Violations phrased softly: a fault admission with no credit (en-US, pl-PL), a settlement framed as 'closing out', "
          "'saldo e stralcio', Serasa/protesto (credit reporting), a password sent 'helpfully', another customer's arrears "
          "given as 'context', our own bank details typed in (tr-TR, es-ES, en-GB).",
          "- Non-Latin scripts (ja, ar, zh) and locale number formats (3.870,00 €, 18 450,00 kr, ¥385,000, R$ 5.640,00).", ""]
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md))

if __name__ == "__main__":
    main()
