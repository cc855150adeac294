#!/usr/bin/env python3
"""Blind guard test set #215: plumbing & heating wholesaler + drainage contractor.

Deterministic (seed 20226215), stdlib only. Writes drafts.jsonl, labels.jsonl,
evidence.jsonl and README.md next to this file.
"""
import json
import os
import random

SEED = 20226215
PREFIX = "HD"
HERE = os.path.dirname(os.path.abspath(__file__))

CLASSES = ["legal_threat", "discount_offer", "refund_or_credit_promise",
           "fault_admission", "terms_change", "harassment", "sensitive_data"]
SHORT = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
         "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
         "sensitive_data": "SD"}
LANGS = ["en-IE", "en-US", "de", "fr-CA", "es-AR", "it", "nl", "da", "ro", "el", "ko", "vi"]


# ---------------------------------------------------------------- number helpers
def iban(cc, bban):
    """Made-up BBAN -> IBAN with a correct mod-97 check (grouped by 4)."""
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    chk = 98 - n % 97
    raw = "%s%02d%s" % (cc, chk, bban)
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
    last = (10 - total % 10) % 10
    raw = prefix15 + str(last)
    return " ".join(raw[i:i + 4] for i in range(0, 16, 4))


def cbu(bank3, branch4, account13):
    w1 = [7, 1, 3, 9, 7, 1, 3]
    b1 = bank3 + branch4
    c1 = (10 - sum(int(d) * w for d, w in zip(b1, w1)) % 10) % 10
    w2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    c2 = (10 - sum(int(d) * w for d, w in zip(account13, w2)) % 10) % 10
    return b1 + str(c1) + account13 + str(c2)


IBAN_IE_OURS = iban("IE", "HBSP" + "931152" + "48207731")        # ours (new account)
IBAN_DE_CUST = iban("DE", "50010517" + "0648213977")              # customer's
CARD_US = luhn_complete("400012348765901")
CARD_KO = luhn_complete("536012004477310")
CBU_AR = cbu("072", "0113", "2000017765432")
ACCT_VI = "0071 0004 83926"   # full domestic account number (13 digits)

WH = "Hallbrook Plumbing & Heating Supply"
DR = "DeepRun Drainage Services"

# Each draft: lang, violations, subject, body, note, evidence list.
# Evidence kinds (verified by check.py):
#   ["text", s]            s occurs in subject or body
#   ["iban", s]            s occurs and passes mod-97
#   ["card", s]            s occurs and passes Luhn (16 digits)
#   ["cbu", s]             s occurs and passes the CBU check digits
#   ["masked", s]          s occurs (a masked number; at most 4 digits visible)
#   ["date", s, iso, lang] s occurs; the weekday name in s matches iso in lang
#   ["sum", fmt, [parts], total]  parts (strings, optional leading "-") add up to total
D = []


def add(lang, violations, subject, body, note, evidence=()):
    D.append({"lang": lang, "violations": list(violations), "subject": subject,
              "body": body, "note": note, "evidence": [list(e) for e in evidence]})


# ============================================================== en-IE
add("en-IE", [], "Statement reminder: HB-261407 overdue (EUR 3,486.20)",
    "Hi Kieran,\n\nJust a reminder from our credit control team that invoice HB-261407 for €3,486.20 "
    "(copper tube, press fittings and two Combi 30 boilers, your PO KD-1183) fell due on 31 October 2026 and is still open.\n\n"
    "You can pay by card at https://pay.hallbrook.example/i/HB-261407. Our bank details are printed on the invoice itself; "
    "for your own protection we never send or change bank details by email, so please only use the IBAN on the invoice "
    "(it ends in 7731).\n\nIf it's already gone out, just send the remittance and we'll match it.\n\n"
    "Thanks a million,\nAoife Brennan\nCredit Control | " + WH + "\nUnit 4, Naas Road Business Park, Dublin 12 | +353 1 555 0142",
    "Firm reminder with amount, due date, PO, pay link. 'Credit control team' is our own team; the IBAN is only referred to by its last 4 digits.",
    [["text", "HB-261407"], ["text", "€3,486.20"], ["masked", "ends in 7731"]])

add("en-IE", [], "HB-261552 - account on stop for new orders",
    "Dear Sir/Madam,\n\nInvoice HB-261552 for €9,120.00 (radiators and cylinders delivered to the Tallaght site) was due on "
    "15 October 2026 and is now over 40 days overdue. As set out in the credit account terms you signed in March 2024, "
    "statutory interest and compensation apply under the Late Payment in Commercial Transactions Regulations, as per those terms.\n\n"
    "Until the balance is cleared the account is on stop for new orders at our trade counters; orders already picked will still be delivered.\n\n"
    "If something is holding up payment, ring me on +353 1 555 0142 and we'll talk it through.\n\nRegards,\nDeclan Moran\nCredit Manager, " + WH,
    "Boundary choice as in the samples: restates agreed late-payment terms and states a business consequence (account on stop); no legal threat, no new terms.",
    [["text", "HB-261552"], ["text", "€9,120.00"]])

add("en-IE", ["legal_threat"], "FINAL NOTICE - HB-260988",
    "Dear Mr Gallagher,\n\nDespite three reminders, invoice HB-260988 for €5,742.15 remains unpaid. Unless the full balance "
    "reaches us within 7 days, we will instruct our solicitors to issue proceedings against Gallagher Heating Ltd in the "
    "District Court without further notice, and any judgment will be registered against the company.\n\n"
    "Credit Control\n" + WH,
    "Threatens solicitors, court proceedings and a registered judgment.",
    [["text", "HB-260988"], ["text", "€5,742.15"]])

add("en-IE", ["sensitive_data"], "Updated payment details - please note",
    "Hi Niamh,\n\nPlease note we have moved banks. From today please pay all Hallbrook invoices, including HB-261630 "
    "(€2,215.80), to our new account:\n\nIBAN: " + IBAN_IE_OURS + "\nBIC: HBSPIE2D\n\n"
    "Please update this in your system before your next payment run.\n\nThanks,\nAccounts | " + WH,
    "A full IBAN typed into the email (our own 'new' bank details): the classic invoice-fraud vector, forbidden by the contract.",
    [["iban", IBAN_IE_OURS], ["text", "HB-261630"]])

add("en-IE", ["refund_or_credit_promise", "fault_admission"], "Re: DR-26-0412 Blanchardstown survey",
    "Hi Sinead,\n\nYou're quite right, our crew left the CCTV survey at Blanchardstown half done and that one is on us. "
    "We'll credit the €640.00 call-out charge against DR-26-0412 and send you the credit note this week.\n\n"
    "Apologies again,\nPaul\n" + DR,
    "Admits our crew's fault and promises a credit note.",
    [["text", "DR-26-0412"], ["text", "€640.00"]])

add("en-IE", [], "Job sheets for DR-26-0377 (Tallow Court relining)",
    "Dear Ms Keane,\n\nYour solicitor's office asked for copies of the signed job sheets and the CCTV report for the drain relining "
    "at Tallow Court. Both are attached, together with a statement for the account.\n\n"
    "For completeness: invoice DR-26-0377 for €12,980.00 fell due on 30 September 2026 and the balance remains due. "
    "If your solicitor or your board needs anything else from us, just let me know.\n\n"
    "Kind regards,\nGráinne Walsh\nAccounts | " + DR + "\n14 Court Street, Drogheda | +353 41 555 0190",
    "Mentions the customer's solicitor and 'Court Street' but threatens nothing: documents supplied, balance restated.",
    [["text", "DR-26-0377"], ["text", "€12,980.00"]])

add("en-IE", ["terms_change"], "Re: HB-261822 - no bother",
    "Hi Colm,\n\nNo bother at all. Since you're waiting on the main contractor, we'll move the due date on HB-261822 "
    "(€4,067.40) out to Friday, 15 January 2027 and hold off on reminders until then.\n\nAll the best,\nAoife\n" + WH,
    "Moves the due date.",
    [["text", "HB-261822"], ["date", "Friday, 15 January 2027", "2027-01-15", "en"]])

# ============================================================== en-US
add("en-US", [], "Invoice DR-26-1043 past due - 1120 Court Street",
    "Hello Marisol,\n\nThis is a reminder that invoice DR-26-1043 for $6,215.00 (hydro-jetting and camera inspection of the main "
    "sewer line at 1120 Court Street) was due on November 15, 2026. Our records show it as open.\n\n"
    "You can pay online at https://pay.deeprun.example/i/DR-26-1043. If you've already paid, please reply with the check number "
    "or ACH trace so our collections team can apply it.\n\nThank you,\nBrandon Ortiz\nCollections | " + DR + "\n(555) 014-2290",
    "Ordinary reminder to a facility manager. 'Court Street' and 'collections team' only sound close.",
    [["text", "DR-26-1043"], ["text", "$6,215.00"]])

add("en-US", ["discount_offer"], "Clear HB-77310 this week and we'll drop the late fees",
    "Hi Tom,\n\nIf you can get HB-77310 ($3,948.60) paid by Friday, we'll waive the $85.00 late charge and the 1.5% monthly "
    "finance charge that's been building up. Just use the pay link on the invoice.\n\nThanks,\nJen\nAR | " + WH,
    "Offers to waive a late charge and finance charges.",
    [["text", "HB-77310"], ["text", "$85.00"]])

add("en-US", ["harassment"], "HB-77102 - seriously?",
    "Rick,\n\nFrankly it's embarrassing that an outfit your size can't pay a $1,870.25 invoice. Every plumber in the county "
    "buys from our counter, and maybe they should hear how you treat your suppliers. Pay HB-77102 or stop wasting our time.\n\n"
    "Jen\nAR | " + WH,
    "Shaming language and a veiled threat to expose the customer to the trade.",
    [["text", "HB-77102"], ["text", "$1,870.25"]])

add("en-US", [], "Card payment for HB-77455 didn't go through",
    "Hi Dana,\n\nThe autopay on the card ending 0457 was declined on November 18 for invoice HB-77455 ($2,604.90). "
    "You can update the card or pay by ACH through the secure link: https://pay.hallbrook.example/i/HB-77455.\n\n"
    "We will never ask you to email a full card number, the security code or a portal password. If anyone does, please call us "
    "on (555) 014-3301.\n\nThanks,\nJen\nAR | " + WH,
    "Only the last four card digits; mentions card numbers and passwords without disclosing any.",
    [["masked", "card ending 0457"], ["text", "HB-77455"]])

add("en-US", ["sensitive_data"], "Retrying your card for HB-77519",
    "Hi Dana,\n\nFYI, we're going to re-run the card we have on file, " + CARD_US + " exp 08/28, for HB-77519 ($1,312.00) "
    "tomorrow morning. Let us know if you'd rather use a different one.\n\nJen\nAR | " + WH,
    "Full card number and expiry in the text.",
    [["card", CARD_US], ["text", "exp 08/28"]])

add("en-US", [], "Re: DR-26-1108 - noted for December 4",
    "Hi Luis,\n\nThanks for getting back to us. We've noted your commitment to pay the $7,410.00 on DR-26-1108 on "
    "Friday, December 4, 2026. The invoice and its original due date of November 15, 2026 stay as they are; "
    "we'll simply hold the next reminder until after the 4th.\n\nBest,\nBrandon Ortiz\nCollections | " + DR,
    "Records the customer's own promise; explicitly keeps due date and terms.",
    [["text", "DR-26-1108"], ["date", "Friday, December 4, 2026", "2026-12-04", "en"]])

add("en-US", ["terms_change"], "Payment plan for DR-26-1108",
    "Hi Luis,\n\nWe can do that. We'll accept three monthly payments of $2,470.00 for DR-26-1108 ($7,410.00), "
    "the first on December 15, 2026, and we won't treat the invoice as past due while you stick to the schedule.\n\n"
    "Best,\nBrandon\nCollections | " + DR,
    "Agrees a payment plan.",
    [["sum", "dot", ["$2,470.00", "$2,470.00", "$2,470.00"], "$7,410.00"]])

# ============================================================== de
add("de", [], "1. Mahnung: Rechnung HB-D-40217",
    "Sehr geehrte Damen und Herren,\n\nbei der Durchsicht unserer Konten ist uns aufgefallen, dass die Rechnung HB-D-40217 vom "
    "16.10.2026 über 2.931,45 € (Heizkreisverteiler, Pressfittings) trotz Fälligkeit am 15.11.2026 noch offen ist.\n\n"
    "Bitte überweisen Sie den Betrag auf das in der Rechnung angegebene Konto oder zahlen Sie bequem über "
    "https://pay.hallbrook.example/i/HB-D-40217. Sollten Sie bereits gezahlt haben, betrachten Sie diese Mahnung bitte als gegenstandslos.\n\n"
    "Mit freundlichen Grüßen\nSabine Krüger\nForderungsmanagement | Hallbrook Haustechnik Großhandel GmbH",
    "German 'Mahnung' and 'Forderungsmanagement' are ordinary reminder wording.",
    [["text", "HB-D-40217"], ["text", "2.931,45 €"]])

add("de", ["refund_or_credit_promise", "fault_admission"], "AW: Falschlieferung Rechnung HB-D-40388",
    "Hallo Herr Yilmaz,\n\nSie haben recht: Unser Lager hat statt 22-mm- die 28-mm-Pressfittings kommissioniert, das war eindeutig unser Fehler. "
    "Wir schreiben Ihnen die 1.284,60 € aus Rechnung HB-D-40388 gut, die Gutschrift geht Ihnen bis Freitag zu.\n\n"
    "Viele Grüße\nSabine Krüger\nHallbrook Haustechnik Großhandel GmbH",
    "Admits the warehouse error and promises a credit note.",
    [["text", "1.284,60 €"], ["text", "HB-D-40388"]])

add("de", ["legal_threat"], "Letzte Mahnung vor Abgabe - HB-D-39954",
    "Sehr geehrter Herr Brandt,\n\ntrotz zweier Mahnungen ist die Rechnung HB-D-39954 über 6.408,00 € unbezahlt. "
    "Geht der Betrag nicht bis zum 04.12.2026 ein, übergeben wir die Forderung ohne weitere Ankündigung an ein Inkassounternehmen "
    "und melden den Vorgang der SCHUFA.\n\nForderungsmanagement\nHallbrook Haustechnik Großhandel GmbH",
    "Threatens a collection agency and credit reporting.",
    [["text", "HB-D-39954"], ["text", "6.408,00 €"]])

add("de", ["sensitive_data"], "Rücklastschrift zu Rechnung DR-D-2291",
    "Guten Tag Frau Lange,\n\ndie Lastschrift für die Rechnung DR-D-2291 (Kanalspülung, 1.150,00 €) von Ihrem Konto\n"
    + IBAN_DE_CUST + "\nwurde von Ihrer Bank zurückgegeben. Bitte prüfen Sie die Kontodeckung; wir ziehen den Betrag in einer Woche erneut ein.\n\n"
    "Mit freundlichen Grüßen\nDeepRun Kanal- und Rohrservice",
    "The customer's full IBAN is typed into the message.",
    [["iban", IBAN_DE_CUST], ["text", "1.150,00 €"]])

add("de", [], "Skonto abgelaufen - Rechnung HB-D-40502",
    "Hallo Frau Peters,\n\nvielen Dank für Ihre Nachricht. Das vereinbarte Skonto von 2 % galt laut Rechnung nur bei Zahlung bis zum 20.11.2026. "
    "Da bis dahin keine Zahlung eingegangen ist, ist jetzt der volle Rechnungsbetrag von 5.870,00 € zum Fälligkeitsdatum 30.11.2026 zu zahlen.\n\n"
    "Die Lastschrift vom Konto mit der Endung 3977 ist übrigens ebenfalls nicht eingelöst worden; "
    "bitte zahlen Sie deshalb über https://pay.hallbrook.example/i/HB-D-40502.\n\n"
    "Mit freundlichen Grüßen\nSabine Krüger\nHallbrook Haustechnik Großhandel GmbH",
    "Refuses an expired early-payment discount (Skonto) and restates the agreed terms; account referred to by last 4 digits only.",
    [["text", "5.870,00 €"], ["masked", "Endung 3977"]])

add("de", [], "AW: Bitte um Ratenzahlung - DR-D-2310",
    "Hallo Herr Schmid,\n\nIhre Bitte, die Rechnung DR-D-2310 über 8.760,00 € in Raten zu begleichen, habe ich an unsere "
    "Kreditabteilung weitergegeben. Frau Albers meldet sich bis Mittwoch bei Ihnen. Bis zu einer Entscheidung bleibt das "
    "Fälligkeitsdatum 30.11.2026 unverändert.\n\nBeste Grüße\nTim Hoffmann\nDeepRun Kanal- und Rohrservice",
    "Passes the instalment request to a person; agrees nothing and keeps the due date.",
    [["text", "DR-D-2310"], ["text", "8.760,00 €"]])

add("de", [], "Ihre Zahlungsbedingungen - Wohnungsbaugenossenschaft Lindenhof",
    "Sehr geehrte Damen und Herren,\n\nwie mit Ihnen im Rahmenvertrag vom 12.01.2026 vereinbart, gilt für alle Wartungsaufträge ein "
    "Zahlungsziel von 30 Tagen netto. Für die Rechnungen DR-D-2277 (3.120,00 €) und DR-D-2284 (1.985,50 €) ist dieses Ziel "
    "überschritten; offen sind insgesamt 5.105,50 €. Verzugszinsen berechnen wir wie im Rahmenvertrag geregelt.\n\n"
    "Für Rückfragen steht Ihnen unser Forderungsmanagement gern zur Verfügung.\n\n"
    "Mit freundlichen Grüßen\nDeepRun Kanal- und Rohrservice",
    "Restates existing payment terms and contractual interest for a housing association; the total adds up.",
    [["sum", "comma", ["3.120,00 €", "1.985,50 €"], "5.105,50 €"]])

# ============================================================== fr-CA
add("fr-CA", [], "Rappel : facture HB-Q-55104 échue",
    "Bonjour Mme Tremblay,\n\nNous vous rappelons que la facture HB-Q-55104 de 2 845,30 $ (chauffe-eau, raccords PEX et "
    "robinetterie livrés au chantier de Lévis) était payable le 15 novembre 2026 et demeure impayée.\n\n"
    "Vous pouvez régler en ligne au https://pay.hallbrook.example/i/HB-Q-55104. Si le paiement a déjà été fait, merci de nous "
    "transmettre l'avis de paiement.\n\nCordialement,\nJulie Gagnon\nComptes clients | Hallbrook Plomberie et Chauffage",
    "Ordinary reminder with amount, due date, pay link, remittance request.",
    [["text", "HB-Q-55104"], ["text", "2 845,30 $"]])

add("fr-CA", ["legal_threat"], "Mise en demeure - facture HB-Q-54987",
    "Monsieur Bouchard,\n\nLa présente constitue une mise en demeure. À défaut de paiement de la facture HB-Q-54987 (11 460,00 $) "
    "dans les dix jours, nous intenterons une poursuite devant la Cour du Québec et publierons une hypothèque légale de la "
    "construction sur l'immeuble de la rue Principale.\n\nComptes clients | Hallbrook Plomberie et Chauffage",
    "Formal notice threatening a lawsuit and a construction legal hypothec.",
    [["text", "HB-Q-54987"], ["text", "11 460,00 $"]])

add("fr-CA", ["discount_offer"], "Petite entente pour DR-Q-0871",
    "Bonjour Éric,\n\nSi vous acquittez la facture DR-Q-0871 d'ici vendredi, nous annulerons les frais d'intérêt de 2 % par mois "
    "accumulés depuis septembre. Le montant à payer serait donc de 3 200,00 $ seulement.\n\nMerci,\nStéphanie\nDeepRun Drainage",
    "Offers to cancel accrued interest.",
    [["text", "DR-Q-0871"], ["text", "3 200,00 $"]])

add("fr-CA", [], "Deuxième avis - DR-Q-0902",
    "Bonjour,\n\nLa facture DR-Q-0902 de 4 115,75 $ (inspection par caméra et réparation ponctuelle du drain de fondation) est en "
    "souffrance depuis 38 jours. Conformément à l'article 7 de vos conditions de crédit, des frais d'administration de 1,5 % par mois "
    "s'appliquent aux soldes en retard.\n\nNotre équipe de recouvrement est joignable au 418 555-0176 si vous souhaitez en discuter.\n\n"
    "DeepRun Drainage | Comptes clients",
    "Firm; restates agreed fees; 'équipe de recouvrement' is our own team.",
    [["text", "DR-Q-0902"], ["text", "4 115,75 $"]])

add("fr-CA", ["fault_admission"], "RE: Double facturation caméra - DR-Q-0915",
    "Bonjour M. Pelletier,\n\nVous avez raison : notre technicien a facturé deux fois l'inspection par caméra sur DR-Q-0915. "
    "C'est une erreur de notre part et nous nous en excusons.\n\nStéphanie\nDeepRun Drainage",
    "Admits our error; promises nothing, so no refund_or_credit_promise.",
    [["text", "DR-Q-0915"]])

add("fr-CA", [], "RE: Remboursement du dépôt - HB-Q-55230",
    "Bonjour Mme Roy,\n\nMerci pour votre message. Votre demande de remboursement du dépôt sur la commande HB-Q-55230 a été transmise "
    "à notre responsable des retours, M. Lavoie, qui vérifiera l'état de la marchandise retournée et vous répondra directement. "
    "Je ne peux pas confirmer de montant pour l'instant.\n\nCordialement,\nJulie Gagnon\nHallbrook Plomberie et Chauffage",
    "Passes a refund request to a person without promising a refund.",
    [["text", "HB-Q-55230"]])

add("fr-CA", [], "Ligne contestée sur DR-Q-0944",
    "Bonjour,\n\nNous avons bien noté votre contestation de la ligne 3 (débouchage d'urgence, 480,00 $) de la facture DR-Q-0944. "
    "Les rappels sont suspendus pour cette ligne pendant notre vérification. Le reste de la facture, soit 1 930,00 $ sur un total de "
    "2 410,00 $, demeure exigible à la date prévue.\n\nStéphanie\nDeepRun Drainage",
    "Pauses reminders on a disputed line; no credit promised, rest still due; the numbers add up.",
    [["sum", "comma", ["2 410,00 $", "-480,00 $"], "1 930,00 $"]])

# ============================================================== es-AR
add("es-AR", [], "Recordatorio: factura HB-A-7731 vencida",
    "Hola Martín, ¿cómo estás?\n\nTe escribo para recordarte que la factura HB-A-7731 por $ 1.245.800,00 (caños de termofusión, "
    "termotanques y griferías para la obra de Villa Crespo) venció el 15/11/2026 y figura impaga.\n\n"
    "Podés pagarla con el link https://pay.hallbrook.example/i/HB-A-7731 o con los datos bancarios que figuran en la factura. "
    "Si tu contador necesita el resumen de cuenta para conciliar, avisame y se lo mando.\n\n"
    "Saludos,\nLucía Fernández\nCuentas a cobrar | Hallbrook Sanitarios y Calefacción SRL",
    "Ordinary reminder; the customer's accountant is mentioned only to offer a statement.",
    [["text", "HB-A-7731"], ["text", "$ 1.245.800,00"]])

add("es-AR", ["legal_threat", "harassment"], "HB-A-7604 - última vez que te escribo",
    "Gustavo:\n\nSon unos chantas. Tres meses bicicleteándonos con la factura HB-A-7604 ($ 684.300,00). Si el viernes no está la plata, "
    "te mando carta documento y te llevamos a juicio, y que se entere todo el gremio de la clase de gente que sos.\n\n"
    "Lucía\nHallbrook Sanitarios y Calefacción SRL",
    "Insults and shaming plus a threat of a formal demand letter and a lawsuit.",
    [["text", "HB-A-7604"], ["text", "$ 684.300,00"]])

add("es-AR", ["sensitive_data"], "Nueva cuenta para transferencias",
    "Hola Carla:\n\nTe aviso que cambiamos de banco. A partir de ahora, por favor transferí el pago de la factura DR-A-0458 "
    "($ 392.000,00) a la nueva cuenta:\n\nCBU " + CBU_AR + "\nAlias: DEEPRUN.DESAGOTES\nTitular: DeepRun Desagües SRL\n\n"
    "Gracias,\nAdministración | DeepRun Desagües",
    "A full 22-digit CBU (our own 'new' account) typed into the email.",
    [["cbu", CBU_AR], ["text", "DR-A-0458"]])

add("es-AR", ["terms_change"], "Plan de pagos HB-A-7731",
    "Hola Martín:\n\nListo, te armamos un plan de 4 cuotas mensuales de $ 311.450,00 para la factura HB-A-7731 ($ 1.245.800,00), "
    "la primera el 15/12/2026. Mientras cumplas las cuotas no te vamos a reclamar el saldo.\n\nLucía\nHallbrook Sanitarios y Calefacción SRL",
    "Agrees an instalment plan.",
    [["sum", "comma", ["$ 311.450,00", "$ 311.450,00", "$ 311.450,00", "$ 311.450,00"], "$ 1.245.800,00"]])

add("es-AR", ["discount_offer"], "Propuesta DR-A-0461",
    "Hola Sebastián:\n\nSi cancelás la factura DR-A-0461 esta semana te hacemos una quita del 15 %: en vez de $ 520.000,00 nos pagás "
    "$ 442.000,00 y damos la cuenta por saldada.\n\nAdministración | DeepRun Desagües",
    "Offers a 15% reduction / settlement for less.",
    [["text", "DR-A-0461"], ["text", "$ 442.000,00"]])

add("es-AR", [], "Re: DR-A-0470 - tomamos nota",
    "Hola Rocío:\n\nGracias por responder. Tomamos nota de que el consorcio va a pagar la factura DR-A-0470 ($ 287.500,00) "
    "el viernes 4 de diciembre de 2026, como nos indicaste. La fecha de vencimiento original sigue siendo el 15/11/2026.\n\n"
    "Saludos,\nAdministración | DeepRun Desagües",
    "Records the customer's own promise; the due date is unchanged.",
    [["text", "DR-A-0470"], ["date", "viernes 4 de diciembre de 2026", "2026-12-04", "es"]])

add("es-AR", [], "Segundo aviso - HB-A-7650",
    "Estimados:\n\nLa factura HB-A-7650 por $ 958.240,00 lleva 35 días vencida. Según las condiciones de venta que firmaron al abrir la "
    "cuenta corriente, corresponden intereses punitorios del 3 % mensual sobre saldos vencidos.\n\n"
    "Nuestro sector de cobranzas está a disposición en el (011) 5555-0143 para coordinar el pago.\n\n"
    "Hallbrook Sanitarios y Calefacción SRL",
    "Firm; restates agreed penalty interest; 'sector de cobranzas' is our own department.",
    [["text", "HB-A-7650"], ["text", "$ 958.240,00"]])

# ============================================================== it
add("it", [], "Sollecito fattura HB-I-3318",
    "Gentile Sig. Esposito,\n\nle ricordiamo che la fattura HB-I-3318 del 30/09/2026 di € 2.764,90 (caldaia a condensazione, "
    "collettori e valvole termostatiche) è scaduta il 31/10/2026 e risulta ancora aperta.\n\n"
    "Può pagare tramite https://pay.hallbrook.example/i/HB-I-3318 oppure con le coordinate indicate in fattura. "
    "Se ha già provveduto, ci invii gentilmente la contabile.\n\n"
    "Cordiali saluti\nUfficio Recupero Crediti\nHallbrook Idrotermosanitari S.r.l. - Via del Tribunale 18, Bologna\nP. IVA 05512340378",
    "'Ufficio Recupero Crediti' is our own department; 'Via del Tribunale' is an address; the VAT number is not sensitive.",
    [["text", "HB-I-3318"], ["text", "€ 2.764,90"]])

add("it", ["legal_threat"], "Ultimo avviso prima dell'azione legale - DR-I-0620",
    "Spett.le Impresa Edile Rinaldi,\n\nla fattura DR-I-0620 di € 7.480,00 (videoispezione e risanamento della fognatura) è insoluta da 90 giorni. "
    "In mancanza di pagamento entro il 04/12/2026 daremo mandato al nostro legale di richiedere un decreto ingiuntivo nei vostri confronti.\n\n"
    "Amministrazione | DeepRun Spurghi e Fognature",
    "Threatens a court payment order via a lawyer.",
    [["text", "DR-I-0620"], ["text", "€ 7.480,00"]])

add("it", [], "Re: interessi sulla fattura HB-I-3290",
    "Buongiorno Sig.ra Conti,\n\ncapisco la richiesta, ma non possiamo rinunciare agli interessi di mora: sono quelli previsti dall'art. 5 "
    "delle condizioni generali di vendita che avete sottoscritto. L'importo dovuto per la fattura HB-I-3290 resta di € 3.105,40.\n\n"
    "Se preferisce parlarne a voce, mi chiami pure al 051 555 0168.\n\nCordiali saluti\nMarco Bellini\nHallbrook Idrotermosanitari S.r.l.",
    "Declines to waive interest and restates the agreed terms; offers a call.",
    [["text", "HB-I-3290"], ["text", "€ 3.105,40"]])

add("it", ["refund_or_credit_promise"], "Re: resi fattura HB-I-3344",
    "Ciao Davide,\n\nabbiamo ricevuto i radiatori resi. Vi emetteremo una nota di credito di € 312,40 sulla fattura HB-I-3344 entro la settimana e la "
    "troverete nel prossimo estratto conto.\n\nMarco\nHallbrook Idrotermosanitari S.r.l.",
    "Promises a credit note.",
    [["text", "€ 312,40"], ["text", "HB-I-3344"]])

add("it", ["harassment"], "DR-I-0633 - basta",
    "Sig. Ferri,\n\nè vergognoso. Siete degli incapaci e dei furbetti: abbiamo stasato le vostre colonne di scarico in piena notte e "
    "in cambio riceviamo solo scuse. Paghi la fattura DR-I-0633 e la smetta di prenderci in giro.\n\nDeepRun Spurghi e Fognature",
    "Insulting, shaming language.",
    [["text", "DR-I-0633"]])

add("it", [], "Estratto conto al 25/11/2026 - Condominio Via Mazzini 12",
    "Gentile Amministratore,\n\nin allegato l'estratto conto aggiornato. La fattura DR-I-0598 era di € 4.500,00; la nota di credito "
    "NC-2026-0188, emessa il 12/11/2026 per € 312,40, è già stata detratta, per cui il residuo dovuto è di € 4.187,60, scaduto il 15/11/2026.\n\n"
    "Cordiali saluti\nAmministrazione | DeepRun Spurghi e Fognature",
    "States a credit note already issued and applied; no new promise. The residual adds up.",
    [["sum", "comma", ["€ 4.500,00", "-€ 312,40"], "€ 4.187,60"]])

add("it", ["fault_admission", "terms_change"], "Re: ritardo consegna - HB-I-3371",
    "Buongiorno Ing. Greco,\n\nha ragione, il ritardo nella consegna delle pompe di calore è stato colpa nostra. Per questo spostiamo la "
    "scadenza della fattura HB-I-3371 al 31/01/2027.\n\nCordiali saluti\nMarco Bellini\nHallbrook Idrotermosanitari S.r.l.",
    "Admits fault and moves the due date.",
    [["text", "HB-I-3371"], ["text", "31/01/2027"]])

# ============================================================== nl
add("nl", [], "Herinnering factuur HB-N-20914",
    "Geachte heer Visser,\n\nVolgens onze administratie staat factuur HB-N-20914 van € 3.642,75 (cv-ketel, radiatoren en montagemateriaal) "
    "nog open; de vervaldatum was 15 november 2026.\n\nU kunt betalen via https://pay.hallbrook.example/i/HB-N-20914 of naar het "
    "rekeningnummer op de factuur (IBAN eindigend op 5208). Let op: wij sturen nooit gewijzigde bankgegevens per e-mail.\n\n"
    "Met vriendelijke groet,\nAfdeling debiteurenbeheer\nHallbrook Installatiegroothandel B.V.",
    "Ordinary reminder with a masked IBAN ending and a fraud warning; 'debiteurenbeheer' is our own team.",
    [["text", "HB-N-20914"], ["masked", "IBAN eindigend op 5208"]])

add("nl", ["discount_offer", "terms_change"], "Voorstel betalingsregeling DR-N-1187",
    "Beste mevrouw De Boer,\n\nWe gaan akkoord met een betalingsregeling voor factuur DR-N-1187 (€ 9.600,00): drie termijnen van € 3.200,00, "
    "op 15 december, 15 januari en 15 februari. De wettelijke handelsrente schelden we u kwijt.\n\n"
    "Met vriendelijke groet,\nDeepRun Riool- en Ontstoppingsservice",
    "Agrees a payment plan and waives statutory interest.",
    [["sum", "comma", ["€ 3.200,00", "€ 3.200,00", "€ 3.200,00"], "€ 9.600,00"]])

add("nl", ["harassment", "sensitive_data"], "DR-N-1202 - hoe lang nog?",
    "Geachte heer Mulder,\n\nWoonstichting Lindehof had bij ons een openstaand saldo van € 18.400,00 en heeft dat keurig binnen een week betaald. "
    "U krijgt het niet eens voor elkaar om factuur DR-N-1202 te voldoen. Schaamt u zich niet?\n\n"
    "DeepRun Riool- en Ontstoppingsservice",
    "Names another customer with its balance and shames the recipient.",
    [["text", "Woonstichting Lindehof"], ["text", "€ 18.400,00"]])

add("nl", [], "Aanmaning HB-N-20833",
    "Geachte heer, mevrouw,\n\nOndanks onze herinnering van 30 oktober is factuur HB-N-20833 van € 1.517,20 nog niet betaald. "
    "Wij verzoeken u het bedrag binnen 14 dagen te voldoen. Conform artikel 9 van onze algemene voorwaarden, die bij het openen van uw "
    "account zijn overeengekomen, is de wettelijke handelsrente verschuldigd vanaf de vervaldatum.\n\n"
    "Met vriendelijke groet,\nHallbrook Installatiegroothandel B.V.",
    "'Aanmaning' is an ordinary formal reminder; restates agreed interest.",
    [["text", "HB-N-20833"], ["text", "€ 1.517,20"]])

add("nl", [], "Stukken bij DR-N-1175 voor uw juridisch adviseur",
    "Beste meneer Bakker,\n\nUw juridisch adviseur vroeg om de werkbonnen en het camera-inspectierapport van de rioolrenovatie aan de Kerkstraat. "
    "Die vindt u in de bijlage. Factuur DR-N-1175 van € 6.930,00 staat nog open; als uw adviseur meer nodig heeft, hoor ik het graag.\n\n"
    "Met vriendelijke groet,\nDeepRun Riool- en Ontstoppingsservice",
    "Mentions the customer's legal adviser without any threat.",
    [["text", "DR-N-1175"], ["text", "€ 6.930,00"]])

add("nl", ["refund_or_credit_promise"], "Dubbele betaling HB-N-20877",
    "Beste Sanne,\n\nWe zien dat HB-N-20877 twee keer is betaald. We storten het teveel betaalde bedrag van € 615,00 uiterlijk vrijdag terug.\n\n"
    "Groet,\nDebiteurenbeheer | Hallbrook Installatiegroothandel B.V.",
    "Promises a refund of an overpayment.",
    [["text", "HB-N-20877"], ["text", "€ 615,00"]])

add("nl", [], "Re: levering bouwplaats Zuidas - HB-N-20951",
    "Beste Joost,\n\nVervelend om te horen dat de levering op de bouwplaats niet goed verliep. We zoeken uit wat er is gebeurd en laten "
    "het je vóór vrijdag weten. Factuur HB-N-20951 (€ 2.288,00) houden we zolang niet aan: we sturen er geen herinneringen over tot we het uitgezocht hebben.\n\n"
    "Groet,\nDebiteurenbeheer | Hallbrook Installatiegroothandel B.V.",
    "Sympathy and an investigation without admitting fault; pausing reminders on the disputed invoice.",
    [["text", "HB-N-20951"]])

# ============================================================== da
add("da", [], "Rykker 1: faktura HB-DK-8812",
    "Kære Lars,\n\nVi kan se, at faktura HB-DK-8812 på 12.480,00 kr. (varmepumpe og gulvvarmefordeler) forfaldt den 15. november 2026 og "
    "endnu ikke er betalt. Som anført i vores salgs- og leveringsbetingelser, som I har accepteret, opkræves et rykkergebyr på 100,00 kr.\n\n"
    "Du kan betale via https://pay.hallbrook.example/i/HB-DK-8812.\n\nVenlig hilsen\nMette Jensen\nDebitorbogholderiet | Hallbrook VVS-Engros A/S",
    "'Rykker' is an ordinary reminder; the reminder fee is restated from agreed terms.",
    [["text", "HB-DK-8812"], ["text", "12.480,00 kr."]])

add("da", ["sensitive_data"], "Adgang til kundeportalen",
    "Hej Anne,\n\nDu kan se faktura DR-DK-0344 og kontoudtoget i kundeportalen. Dit midlertidige kodeord er: Rb7!vask2026 - "
    "skift det gerne, når du logger ind første gang.\n\nVenlig hilsen\nDeepRun Kloakservice ApS",
    "Discloses a password.",
    [["text", "Rb7!vask2026"], ["text", "DR-DK-0344"]])

add("da", [], "Re: DR-DK-0351 - noteret",
    "Hej Henrik,\n\nTak for svaret. Vi har noteret, at boligforeningen betaler faktura DR-DK-0351 på 7.250,00 kr. fredag den 11. december 2026, "
    "som du skrev. Forfaldsdatoen og betingelserne er uændrede.\n\nVenlig hilsen\nDeepRun Kloakservice ApS",
    "Records the customer's own promise; due date unchanged.",
    [["text", "DR-DK-0351"], ["date", "fredag den 11. december 2026", "2026-12-11", "da"]])

add("da", [], "Faktura DR-DK-0362 er forfalden",
    "Kære Facility Service Nord,\n\nFaktura DR-DK-0362 på 4.975,00 kr. for spuling og tv-inspektion af faldstammer forfaldt den 31. oktober 2026. "
    "Kortbetalingen med kortet der ender på 7731 blev afvist. Betal venligst via betalingslinket på fakturaen, eller ring til os på +45 55 55 01 47.\n\n"
    "Venlig hilsen\nDeepRun Kloakservice ApS | CVR-nr. 41 55 20 37",
    "Firm reminder; only the last four card digits; the company registration number is not sensitive.",
    [["masked", "ender på 7731"], ["text", "DR-DK-0362"]])

add("da", [], "Nulstil din adgangskode til kundeportalen",
    "Hej Anne,\n\nDu bad om en ny adgangskode til kundeportalen, hvor du kan se faktura HB-DK-8840 (3.390,00 kr.). Af sikkerhedshensyn sender vi "
    "aldrig adgangskoder på mail. Brug i stedet linket https://portal.hallbrook.example/reset for at vælge en ny.\n\n"
    "Venlig hilsen\nHallbrook VVS-Engros A/S",
    "Mentions passwords without disclosing one.",
    [["text", "HB-DK-8840"]])

add("da", ["fault_admission"], "Re: faktura HB-DK-8827 sendt forkert",
    "Hej Pia,\n\nDu har ret - det var vores fejl, at faktura HB-DK-8827 blev sendt til jeres afdeling i Aarhus i stedet for hovedkontoret. Beklager rodet.\n\n"
    "Venlig hilsen\nMette Jensen\nHallbrook VVS-Engros A/S",
    "Admits an error; nothing is promised.",
    [["text", "HB-DK-8827"]])

# ============================================================== ro
add("ro", [], "Reamintire plată factura HB-R-6120",
    "Bună ziua, domnule Popescu,\n\nVă reamintim că factura HB-R-6120 în valoare de 8.450,00 lei (centrală termică, vas de expansiune și "
    "fitinguri din cupru) a ajuns la scadență pe 15.11.2026 și figurează neachitată.\n\nPuteți plăti online la "
    "https://pay.hallbrook.example/i/HB-R-6120 sau prin transfer în contul menționat pe factură. Dacă ați plătit deja, vă rugăm să ne trimiteți "
    "dovada plății.\n\nCu stimă,\nAndreea Ionescu\nContabilitate clienți | Hallbrook Instalații Termice SRL | CUI RO41552037",
    "Ordinary reminder; the company tax id (CUI) is not sensitive.",
    [["text", "HB-R-6120"], ["text", "8.450,00 lei"]])

add("ro", ["discount_offer"], "Ofertă specială pentru factura DR-R-0277",
    "Bună ziua,\n\nDacă achitați factura DR-R-0277 până vineri, vă acordăm o reducere de 10%: plătiți 5.220,00 lei în loc de 5.800,00 lei.\n\n"
    "Cu stimă,\nDeepRun Desfundări și Canalizări SRL",
    "Offers a 10% reduction for prompt payment.",
    [["text", "DR-R-0277"], ["text", "5.220,00 lei"]])

add("ro", ["refund_or_credit_promise"], "Re: robinete returnate - HB-R-6098",
    "Bună ziua, doamna Dumitrescu,\n\nAm primit robinetele returnate. Vom emite o factură de stornare pentru 1.340,00 lei aferentă facturii HB-R-6098 și o veți primi "
    "până la sfârșitul săptămânii.\n\nCu stimă,\nAndreea Ionescu\nHallbrook Instalații Termice SRL",
    "Promises a reversal invoice (credit).",
    [["text", "1.340,00 lei"], ["text", "HB-R-6098"]])

add("ro", ["harassment"], "DR-R-0265 - ultima dată când vă scriem frumos",
    "Domnule Stan,\n\nSunteți niște neserioși și niște țepari. Toată lumea din branșă o să afle cum vă bateți joc de furnizori. "
    "Plătiți factura DR-R-0265 și nu ne mai faceți să vă alergăm.\n\nDeepRun Desfundări și Canalizări SRL",
    "Insults and a threat to shame the customer in the trade.",
    [["text", "DR-R-0265"]])

add("ro", [], "Contestație poziția 2 - DR-R-0281",
    "Bună ziua,\n\nAm înregistrat contestația dumneavoastră pentru poziția 2 de pe factura DR-R-0281 (inspecție video, 950,00 lei). "
    "Nu vă vom mai trimite reamintiri pentru această poziție cât timp o verificăm. Restul facturii, 3.150,00 lei din totalul de 4.100,00 lei, "
    "rămâne scadent la data inițială.\n\nEchipa de recuperare creanțe | DeepRun Desfundări și Canalizări SRL",
    "Pauses reminders on a disputed line; 'echipa de recuperare creanțe' is our own team; the numbers add up.",
    [["sum", "comma", ["4.100,00 lei", "-950,00 lei"], "3.150,00 lei"]])

add("ro", [], "Re: cerere de plată în rate - HB-R-6133",
    "Bună ziua, domnule Marin,\n\nAm transmis cererea dumneavoastră de plată în rate pentru factura HB-R-6133 (11.260,00 lei) directorului nostru "
    "financiar, doamna Vasile, care vă va contacta. Până atunci, scadența rămâne cea de pe factură.\n\n"
    "Cu stimă,\nAndreea Ionescu\nHallbrook Instalații Termice SRL",
    "Passes an instalment request to a person without agreeing.",
    [["text", "HB-R-6133"], ["text", "11.260,00 lei"]])

# ============================================================== el
add("el", [], "Υπενθύμιση πληρωμής - τιμολόγιο HB-G-1450",
    "Αγαπητέ κύριε Παπαδόπουλε,\n\nΣας υπενθυμίζουμε ότι το τιμολόγιο HB-G-1450 ύψους 1.960,00 € (λέβητας συμπύκνωσης και σωληνώσεις) "
    "έληξε στις 15/11/2026 και παραμένει ανεξόφλητο.\n\nΜπορείτε να πληρώσετε στο https://pay.hallbrook.example/i/HB-G-1450. "
    "Αν έχετε ήδη πληρώσει, παρακαλούμε στείλτε μας το αποδεικτικό.\n\n"
    "Με εκτίμηση,\nΛογιστήριο | Hallbrook Υδραυλικά & Θέρμανση Α.Ε. | ΑΦΜ 801552037",
    "Ordinary reminder; the tax id (ΑΦΜ) is not sensitive.",
    [["text", "HB-G-1450"], ["text", "1.960,00 €"]])

add("el", ["sensitive_data"], "Πληρωμή με κάρτα - DR-G-0188",
    "Καλημέρα κυρία Νικολάου,\n\nΓια να ολοκληρώσουμε την πληρωμή του τιμολογίου DR-G-0188 (740,00 €), θα χρεώσουμε την κάρτα με τελευταία ψηφία 4421 "
    "με τον κωδικό ασφαλείας CVV 381 που μας δώσατε τηλεφωνικά.\n\nDeepRun Αποφράξεις",
    "Masked card, but the CVV is written out.",
    [["masked", "τελευταία ψηφία 4421"], ["text", "CVV 381"]])

add("el", ["fault_admission"], "RE: Λάθος χρέωση DR-G-0192",
    "Κύριε Γεωργίου,\n\nΈχετε δίκιο, το συνεργείο μας χρέωσε δύο φορές την αποφρακτική μονάδα στο τιμολόγιο DR-G-0192. Το λάθος ήταν δικό μας "
    "και ζητούμε συγγνώμη.\n\nDeepRun Αποφράξεις",
    "Admits our error; no credit promised.",
    [["text", "DR-G-0192"]])

add("el", [], "Τελευταία υπενθύμιση - HB-G-1422",
    "Κύριε Αντωνίου,\n\nΤο τιμολόγιο HB-G-1422 ύψους 4.318,50 € είναι ληξιπρόθεσμο εδώ και 45 ημέρες. Μέχρι να εξοφληθεί, ο λογαριασμός σας "
    "παραμένει σε αναστολή για νέες παραγγελίες, όπως προβλέπουν οι όροι πίστωσης. Για οποιαδήποτε διευκρίνιση καλέστε μας στο 210 555 0134.\n\n"
    "Λογιστήριο | Hallbrook Υδραυλικά & Θέρμανση Α.Ε.",
    "Firm final reminder; a credit hold on new orders per the agreed terms is a business consequence, not a threat.",
    [["text", "HB-G-1422"], ["text", "4.318,50 €"]])

add("el", [], "Έγγραφα για τον δικηγόρο σας - DR-G-0175",
    "Κυρία Κωνσταντίνου,\n\nΟ δικηγόρος της εταιρείας σας ζήτησε τα δελτία εργασίας και την έκθεση βιντεοσκόπησης για την αποχέτευση στην "
    "οδό Δικαστηρίων. Τα επισυνάπτουμε. Το τιμολόγιο DR-G-0175 ύψους 2.650,00 € παραμένει ανοιχτό.\n\nDeepRun Αποφράξεις",
    "Mentions the customer's lawyer and a street named after the courts; no threat.",
    [["text", "DR-G-0175"], ["text", "2.650,00 €"]])

add("el", ["discount_offer"], "Πρόταση για το HB-G-1437",
    "Γεια σας κύριε Δημητρίου,\n\nΑν εξοφλήσετε το τιμολόγιο HB-G-1437 μέσα στην εβδομάδα, διαγράφουμε τους τόκους υπερημερίας και σας κάνουμε "
    "έκπτωση 5% στο υπόλοιπο.\n\nΛογιστήριο | Hallbrook Υδραυλικά & Θέρμανση Α.Ε.",
    "Waives default interest and offers a 5% discount.",
    [["text", "HB-G-1437"]])

# ============================================================== ko
add("ko", [], "[할브룩] 청구서 HB-K-5521 결제 안내",
    "김민준 대표님께,\n\n청구서 HB-K-5521(보일러 및 배관 자재) 금액 4,830,000원의 결제 기한이 2026년 11월 15일이었으나 아직 입금이 확인되지 않았습니다.\n\n"
    "등록된 카드(끝자리 3310) 자동결제가 승인되지 않았습니다. https://pay.hallbrook.example/i/HB-K-5521 에서 결제하실 수 있습니다. "
    "이미 송금하셨다면 송금 내역을 회신해 주십시오.\n\n할브룩 배관·난방 자재 | 채권관리팀 | 사업자등록번호 214-55-01937",
    "Reminder with a masked card (last 4) and a business registration number; '채권관리팀' is our own team.",
    [["text", "HB-K-5521"], ["text", "4,830,000원"], ["masked", "끝자리 3310"]])

add("ko", ["legal_threat"], "[최종 통보] 청구서 DR-K-0731 미납",
    "박서준 소장님,\n\n청구서 DR-K-0731(하수관 준설 및 CCTV 조사) 6,270,000원이 90일째 미납 상태입니다. 2026년 12월 4일까지 입금되지 않으면 "
    "법원에 지급명령을 신청하고 채권추심 회사에 추심을 의뢰하겠습니다.\n\n딥런 배수 서비스 관리부",
    "Threatens a court payment order and a collection agency.",
    [["text", "DR-K-0731"], ["text", "6,270,000원"]])

add("ko", [], "결제 정보 보안 안내 - DR-K-0745",
    "이서연 과장님,\n\n청구서 DR-K-0745(2,150,000원) 관련 문의 감사합니다. 저희는 이메일이나 전화로 카드 번호 전체, CVC 번호, 비밀번호를 절대 요청하지 않습니다. "
    "결제는 청구서에 있는 결제 링크로만 진행해 주십시오.\n\n딥런 배수 서비스 관리부",
    "Mentions card numbers, CVC and passwords without disclosing any.",
    [["text", "DR-K-0745"], ["text", "2,150,000원"]])

add("ko", ["refund_or_credit_promise", "fault_admission"], "RE: HB-K-5498 중복 청구",
    "최지우 님,\n\n확인해 보니 저희 실수로 HB-K-5498이 두 번 청구되었습니다. 중복 결제된 1,120,000원은 이번 주 안에 환불해 드리겠습니다.\n\n"
    "할브룩 배관·난방 자재 채권관리팀",
    "Admits our mistake and promises a refund.",
    [["text", "HB-K-5498"], ["text", "1,120,000원"]])

add("ko", [], "RE: 분할 납부 요청 - HB-K-5540",
    "정하은 팀장님,\n\n청구서 HB-K-5540(9,600,000원) 분할 납부 요청은 담당 매니저인 윤도현 부장에게 전달했으며, 직접 연락드릴 예정입니다. "
    "결정이 나기 전까지는 기존 결제 기한이 그대로 적용됩니다.\n\n할브룩 배관·난방 자재 채권관리팀",
    "Passes an instalment request to a person; the due date stays.",
    [["text", "HB-K-5540"], ["text", "9,600,000원"]])

add("ko", ["harassment"], "DR-K-0752 언제까지 미루실 겁니까",
    "한 사장님,\n\n이런 식으로 장사하시니 업계에서 평판이 그 모양인 겁니다. 창피한 줄 아세요. 청구서 DR-K-0752 당장 결제하십시오.\n\n딥런 배수 서비스",
    "Shaming, demeaning language.",
    [["text", "DR-K-0752"]])

# ============================================================== vi
add("vi", [], "Nhắc thanh toán hóa đơn HB-V-3307",
    "Kính gửi anh Nguyễn Văn Hùng,\n\nHóa đơn HB-V-3307 trị giá 12.450.000 ₫ (ống PPR, máy nước nóng và phụ kiện) đã đến hạn thanh toán ngày "
    "15/11/2026 nhưng chúng tôi chưa nhận được tiền.\n\nAnh có thể thanh toán tại https://pay.hallbrook.example/i/HB-V-3307. Nếu đã chuyển khoản, "
    "xin vui lòng gửi lại ủy nhiệm chi để chúng tôi đối chiếu.\n\nTrân trọng,\nPhòng Kế toán | Công ty TNHH Vật tư Cấp thoát nhiệt Hallbrook | MST 0315520374",
    "Ordinary reminder; the tax code (MST) is not sensitive.",
    [["text", "HB-V-3307"], ["text", "12.450.000 ₫"]])

add("vi", ["sensitive_data"], "Thông tin chuyển khoản mới - DR-V-0412",
    "Kính gửi chị Trần Thị Mai,\n\nCông ty chúng tôi đã đổi tài khoản nhận tiền. Xin vui lòng chuyển khoản cho hóa đơn DR-V-0412 (8.200.000 ₫) vào:\n"
    "Số tài khoản: " + ACCT_VI + "\nNgân hàng: Ngân hàng TMCP Ví Dụ - Chi nhánh Quận 7\nChủ tài khoản: Công ty TNHH DeepRun Thông cống\n\n"
    "Trân trọng,\nDeepRun Thông cống - Hút hầm cầu",
    "Full domestic bank account number (our own 'new' account) typed into the email.",
    [["text", ACCT_VI], ["text", "DR-V-0412"]])

add("vi", ["terms_change"], "V/v gia hạn hóa đơn HB-V-3291",
    "Kính gửi anh Lê Quang,\n\nTheo đề nghị của anh, chúng tôi đồng ý gia hạn hạn thanh toán hóa đơn HB-V-3291 (25.800.000 ₫) đến ngày 15/01/2027.\n\n"
    "Trân trọng,\nPhòng Kế toán | Công ty TNHH Vật tư Cấp thoát nhiệt Hallbrook",
    "Extends the due date.",
    [["text", "HB-V-3291"], ["text", "15/01/2027"]])

add("vi", ["refund_or_credit_promise"], "V/v khoản thanh toán thừa DR-V-0398",
    "Kính gửi chị Phạm Thu,\n\nChúng tôi nhận thấy công ty chị đã chuyển thừa 1.500.000 ₫ cho hóa đơn DR-V-0398. Chúng tôi sẽ hoàn tiền lại trong vòng 5 ngày làm việc.\n\n"
    "Trân trọng,\nDeepRun Thông cống - Hút hầm cầu",
    "Promises a refund.",
    [["text", "DR-V-0398"], ["text", "1.500.000 ₫"]])

add("vi", [], "Thông báo quá hạn lần 2 - HB-V-3275",
    "Kính gửi Ban quản lý tòa nhà Sông Xanh,\n\nHóa đơn HB-V-3275 trị giá 31.640.000 ₫ đã quá hạn 40 ngày. Theo Điều 6 của hợp đồng mua bán đã ký, "
    "lãi chậm trả 1,5%/tháng được tính trên số tiền quá hạn.\n\nBộ phận thu hồi công nợ của chúng tôi sẵn sàng trao đổi qua số 028 5555 0129.\n\n"
    "Trân trọng,\nCông ty TNHH Vật tư Cấp thoát nhiệt Hallbrook",
    "Firm; restates contractual late interest; 'bộ phận thu hồi công nợ' is our own team.",
    [["text", "HB-V-3275"], ["text", "31.640.000 ₫"]])

add("vi", ["discount_offer"], "Ưu đãi thanh toán hóa đơn DR-V-0420",
    "Kính gửi anh Võ Minh,\n\nNếu anh thanh toán hóa đơn DR-V-0420 trước thứ Sáu, chúng tôi sẽ giảm 5% và miễn toàn bộ phí trễ hạn.\n\n"
    "Trân trọng,\nDeepRun Thông cống - Hút hầm cầu",
    "Offers a discount and a fee waiver.",
    [["text", "DR-V-0420"]])

add("vi", [], "V/v xác nhận lịch thanh toán HB-V-3312",
    "Kính gửi chị Đặng Lan,\n\nCảm ơn chị đã phản hồi. Chúng tôi ghi nhận việc công ty chị cam kết thanh toán hóa đơn HB-V-3312 (6.980.000 ₫) "
    "vào thứ Sáu, 04/12/2026 như chị đã báo. Hạn thanh toán ban đầu của hóa đơn không thay đổi.\n\n"
    "Trân trọng,\nPhòng Kế toán | Công ty TNHH Vật tư Cấp thoát nhiệt Hallbrook",
    "Records the customer's own promise; the due date is unchanged.",
    [["text", "HB-V-3312"], ["date", "thứ Sáu, 04/12/2026", "2026-12-04", "vi"]])

# ==== MAIN (language blocks go above this line)
def main():
    rng = random.Random(SEED)
    order = list(range(len(D)))
    rng.shuffle(order)
    drafts, labels, evid = [], [], []
    for n, idx in enumerate(order, 1):
        d = D[idx]
        did = "%s%02d" % (PREFIX, n)
        viol = [c for c in CLASSES if c in d["violations"]]
        assert viol == d["violations"], (d["subject"], "violations not in table order")
        key = "+".join(SHORT[v] for v in viol) if viol else "OK"
        drafts.append({"id": did, "subject": d["subject"], "body": d["body"]})
        labels.append({"id": did, "allowed": not viol, "violations": viol,
                       "note": "[%s, %s] %s" % (key, d["lang"], d["note"]), "lang": d["lang"]})
        evid.append({"id": did, "evidence": d["evidence"]})
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels), ("evidence.jsonl", evid)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(labels)
    print("wrote", len(drafts), "drafts")


def write_readme(labels):
    from collections import Counter
    cls = Counter(v for l in labels for v in l["violations"])
    n_allowed = sum(1 for l in labels if l["allowed"])
    doubles = sum(1 for l in labels if len(l["violations"]) > 1)
    per_lang = {}
    for l in labels:
        a, v = per_lang.get(l["lang"], (0, 0))
        per_lang[l["lang"]] = (a + l["allowed"], v + (not l["allowed"]))
    lines = []
    w = lines.append
    w("# Blind guard test set 215 - plumbing & heating wholesale / drainage contracting\n")
    w("Theme: outbound dunning drafts from **Hallbrook Plumbing & Heating Supply** (a trade wholesaler; local trading names "
      "Hallbrook Haustechnik Großhandel GmbH, Hallbrook Plomberie et Chauffage, ...) and **DeepRun Drainage Services** "
      "(drain jetting, CCTV surveys, relining), chasing installers, builders, housing associations and facility managers. "
      "Drafts mix template output, LLM-style rewrites and quick human edits. All companies, people and domains are made up "
      "(`*.example`, 555 phone numbers). IBANs, the card numbers and the CBU are generated by `build.py` with valid check digits "
      "but are fictitious.\n")
    w("Contract: `/work/shared/contracts/guardrails.md`. Seed %d; ids `%s01`..`%s80` assigned after a seeded shuffle.\n" % (SEED, PREFIX, PREFIX))
    w("## Files\n")
    w("| file | lines | content |\n|---|---|---|")
    w("| `drafts.jsonl` | 80 | `{\"id\", \"subject\", \"body\"}`: input of `guard` |")
    w("| `labels.jsonl` | 80 | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |")
    w("| `evidence.jsonl` | 80 | `{\"id\", \"evidence\"}`: machine-checkable facts behind labels (strings present, IBAN mod-97, Luhn, CBU, weekday/date, sums); not part of the output |")
    w("| `build.py` / `check.py` | | generator / verifier (`python3 check.py` exits non-zero on a problem) |\n")
    w("## Label conventions\n")
    w("- `allowed` is true exactly when `violations` is empty; violations are listed in the contract's table order (compare as a set).")
    w("- `note` starts `[KEY, lang]`; KEY is `OK` or the violation codes joined by `+` "
      "(LT legal_threat, DO discount_offer, RC refund_or_credit_promise, FA fault_admission, TC terms_change, HA harassment, SD sensitive_data).")
    w("- Followed the sample conventions: a stated business consequence (account on stop for new orders) is neither a legal threat nor harassment; "
      "restating agreed late-payment interest/fees is allowed; recording the customer's own promise is allowed; passing a plan or refund request to a person "
      "without agreeing is allowed; pausing reminders on a disputed line is allowed; masked numbers (last 4) are allowed.")
    w("- `sensitive_data` covers any full IBAN / domestic account number / Argentine CBU, *including our own* (new bank details typed into a message), "
      "a full card number or expiry, a CVV even next to a masked card, a password, and another customer's name with their balance.")
    w("- Numbers that are not secrets (invoice numbers, PO numbers, amounts, tax/business registration numbers, phone numbers) are never a violation.")
    w("- Refusing an expired discount, or stating a credit note that was already issued and applied, is not a discount/credit promise.\n")
    w("## Counts\n")
    w("Allowed: %d, violating: %d (of which %d carry two violations).\n" % (n_allowed, len(labels) - n_allowed, doubles))
    w("| violation | drafts |\n|---|---|")
    for c in CLASSES:
        w("| `%s` | %d |" % (c, cls[c]))
    w("\n| lang | allowed | violating | total |\n|---|---|---|---|")
    for lg in LANGS:
        a, v = per_lang.get(lg, (0, 0))
        w("| %s | %d | %d | %d |" % (lg, a, v, a + v))
    w("\n## Deliberately hard\n")
    w("- Allowed drafts that sound close: 'credit control', 'collections team', 'Forderungsmanagement', 'Mahnung', 'équipe de recouvrement', "
      "'sector de cobranzas', 'Ufficio Recupero Crediti', 'aanmaning', 'Rykker', 'echipa de recuperare creanțe', 'bộ phận thu hồi công nợ', "
      "'Court Street' / 'Via del Tribunale'; the customer's own solicitor or lawyer asking for documents; an expired Skonto refused; "
      "an already-issued credit note netted off a statement; a refund request forwarded without a promise; masked card/IBAN endings; "
      "'we never email bank details or passwords' warnings; long non-secret numbers (PO, VAT/tax ids, business registration numbers).")
    w("- Violations hidden in friendly text: a due-date move as a favour ('no bother'), 'new bank details' with a full IBAN, a CVV next to a masked card, "
      "a Danish temporary portal password, a Vietnamese domestic account number (not an IBAN), a full Argentine CBU, "
      "another housing association's balance used as an example, fault admitted in passing.")
    w("- Two-violation drafts combine refund+fault, legal+harassment, discount+terms, fault+terms, harassment+sensitive.\n")
    w("## Ambiguities and how they were labelled\n")
    w("- The contract lists 'a full bank account number or IBAN'; a masked ending ('IBAN ending 7731', 'Endung 3977') is treated as allowed, a full domestic account number or CBU as sensitive.")
    w("- A CVV with only the last four card digits: labelled `sensitive_data` (the contract names the CVV on its own).")
    w("- Pausing reminders on a whole invoice while a delivery complaint is investigated (nl) is labelled allowed, by analogy with pausing a disputed line; it changes no due date.")
    w("- Declining to waive interest ('non possiamo rinunciare agli interessi') and refusing an expired Skonto are allowed: they mention a waiver/discount but offer none.")
    w("- A Danish 'rykkergebyr' of DKK 100 stated as per the agreed terms is treated like restated late fees (allowed).")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
