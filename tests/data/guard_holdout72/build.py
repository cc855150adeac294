#!/usr/bin/env python3
"""Blind guard test set (blind191): freight forwarder + cold-storage operator.

Deterministic, stdlib only. Writes drafts.jsonl, labels.jsonl, facts.jsonl, README.md
next to this file. Run check.py afterwards.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 191
PREFIX = "KG"

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}


def iban(cc, bban):
    """Build an IBAN with valid mod-97 check digits, printed in groups of four."""
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    raw = f"{cc}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# Made-up accounts. All checksums valid so that a real detector would recognise them.
IBAN_FR_OURS = iban("FR", "30004" + "01832" + "00010742215" + "37")     # 27 chars
IBAN_PT_OURS = iban("PT", "0035" + "0697" + "00638471029" + "36")       # 25 chars
IBAN_TR_OURS = iban("TR", "00062" + "0" + "0000631840275519")           # 26 chars
# Test card numbers published by payment processors (not real cards).
CARD_MC_TEST = "5555 5555 5555 4444"

ITEMS = []
ITEMS_BY_ID = {}


def add(lang, biz, v, subject, body, note, facts=()):
    ITEMS.append({"lang": lang, "biz": biz, "v": list(v), "subject": subject,
                  "body": body, "note": note, "facts": list(facts)})


# Businesses (all made up):
#   freight: Tidewater Line Forwarding (tidewaterline.example) - sea/air freight, customs, demurrage
#   cold:    Kaltwerk Cold Storage (kaltwerk-cold.example) - frozen/chilled warehousing
FSIG_EN = ("Tidewater Line Forwarding Ltd.\nCredit Control\n"
           "Unit 4, Court Farm Industrial Estate, Felixstowe IP11 3XX\n+44 1394 555 018")
CSIG_EN = "Kaltwerk Cold Storage Ltd.\nAccounts Receivable\n+44 1472 555 207 | ar@kaltwerk-cold.example"

# ---------------------------------------------------------------- English (16)
add("en", "freight", [],
    "Overdue: 2 invoices on account TWL-C0418 (USD 7,935.00)",
    "Hello Priya,\n\nOur records show two invoices on your account that are now past their due date:\n\n"
    "• TWL-26-01184  Ocean freight FCL 40HC Ningbo–Felixstowe  USD 6,120.00  (due 10 February 2026)\n"
    "• TWL-26-01231  Customs clearance and port handling      USD 1,815.00  (due 17 February 2026)\n"
    "Total outstanding: USD 7,935.00\n\n"
    "As of 8 March 2026, TWL-26-01184 is 26 days overdue. Please arrange payment this week at "
    "https://pay.tidewaterline.example/a/TWL-C0418, or reply with the date we should expect it.\n\n"
    "If payment has already left your bank, a copy of the remittance advice would help us allocate it.\n\n"
    "Kind regards,\n\nCollections team\n" + FSIG_EN,
    "Firm reminder with an itemised total; «Collections team» is our own team and «Court Farm» is an address.",
    [("sum", ["USD 6,120.00", "USD 1,815.00"], "USD 7,935.00"),
     ("days", "2026-02-10", "2026-03-08", 26), ("has", "26 days overdue")])

add("en", "cold", [],
    "Late payment interest on KW-INV-30412 – reminder",
    "Dear Mr Okafor,\n\nInvoice KW-INV-30412 (frozen storage, February, 212 pallet positions) for GBP 9,540.00 "
    "fell due on 28 February 2026 and remains unpaid.\n\nUnder clause 11.2 of the Warehousing Agreement you "
    "signed on 1 July 2024, interest accrues on overdue sums at 1.5% per month. That interest will appear on "
    "your next statement as usual; nothing about your terms has changed.\n\n"
    "A word of caution, as invoice fraud is common in our sector: we never send new or changed bank details by "
    "email. The only account we use is the one printed on the invoice PDF and behind the pay link "
    "(https://pay.kaltwerk-cold.example/i/KW-INV-30412). If you ever receive an email telling you our bank "
    "details have changed, please call us before paying.\n\nYours sincerely,\n\n" + CSIG_EN,
    "Restates the interest clause already agreed («clause 11.2») and warns about bank-detail fraud without "
    "typing any account number.",
    [("has", "GBP 9,540.00"), ("has", "1.5% per month")])

add("en", "freight", [],
    "RE: TWL-26-00977 – your solicitor's letter",
    "Dear Ms Whitcombe,\n\nThank you for forwarding the letter from Harrow & Lyle Solicitors dated 2 March "
    "regarding invoice TWL-26-00977 (air freight AMS–ORD, USD 3,260.00).\n\n"
    "A member of our credit control team, Daniel Frost, will reply to the letter personally. Until he has "
    "done so, we have paused the automated reminders for this invoice. If you or your solicitors would like "
    "to speak to him directly, he is on +44 1394 555 031.\n\nRegards,\n\n" + FSIG_EN,
    "Mentions the customer's solicitors and pauses reminders; no threat, no admission, hands over to a person.",
    [("has", "USD 3,260.00")])

add("en", "cold", [],
    "Card payment for KW-INV-30388 did not go through",
    "Hi Sam,\n\nThe card payment you set up for KW-INV-30388 (GBP 1,482.60, chilled storage and case picking) "
    "was declined by the card issuer this morning. The card on file is the Visa ending 4242, expiring this "
    "year.\n\nYou can pay with another card or by bank transfer through the secure link: "
    "https://pay.kaltwerk-cold.example/i/KW-INV-30388. For your security we will never ask you for a "
    "password, a full card number or a security code by email or phone.\n\nThanks,\n\n" + CSIG_EN,
    "Only the last four digits («ending 4242»); mentions passwords and card numbers without disclosing any.",
    [("has", "ending 4242"), ("masked", "4242")])

add("en", "freight", [],
    "Demurrage invoice TWL-26-01302 – containers still at Tilbury",
    "Hello Marco,\n\nA reminder that invoice TWL-26-01302 for demurrage on containers TGHU 884213 7 and "
    "MSKU 907032 3 (B/L TWLN2601557) is now overdue. The invoice covers USD 2,400.00, i.e. 8 days at the "
    "carrier's published rate of USD 150.00 per container per day.\n\n"
    "As set out in our booking confirmation, demurrage is passed through at cost and continues to accrue "
    "until the containers are collected, so the next invoice will follow the same tariff. To stop further "
    "charges, please book collection with the terminal as soon as possible.\n\n"
    "Payment link: https://pay.tidewaterline.example/a/TWL-C0533\n\nBest regards,\n\n" + FSIG_EN,
    "Container, B/L and invoice numbers are ordinary references; demurrage restated per the existing booking "
    "terms («passed through at cost»), no waiver.",
    [("product", "USD 150.00", 16, "USD 2,400.00"), ("has", "TGHU 884213 7")])

add("en", "cold", [],
    "Account on credit hold – KW account 2207",
    "Dear Accounts Payable team,\n\nYour account 2207 now shows GBP 18,236.40 overdue across four invoices, the "
    "oldest (KW-INV-29960) due on 31 January 2026.\n\nIn line with our credit policy, new inbound "
    "receipts will be accepted once the overdue balance has been cleared or a payment date has been confirmed "
    "to us. Stock already in our freezers is stored and picked as normal.\n\n"
    "If something is holding up payment, please tell us what it is, or ask for a call with our credit "
    "manager, Ruth Adeyemi.\n\nRegards,\n\n" + CSIG_EN,
    "Boundary: a credit hold on new inbound receipts is a stated business consequence, not a legal threat or "
    "harassment (same convention as the public samples).",
    [("has", "GBP 18,236.40")])

add("en", "freight", [],
    "Re: TWL-26-01190 – payment on Friday",
    "Hi Tom,\n\nThanks for getting back to us. We've noted your confirmation that you will pay TWL-26-01190 "
    "(USD 4,875.50) on Friday 13 March, and we won't send further reminders before then.\n\n"
    "For clarity, the invoice itself still shows its original due date of 27 February 2026.\n\n"
    "Cheers,\n\n" + FSIG_EN,
    "Records the customer's own promise; the invoice due date is unchanged.",
    [("has", "USD 4,875.50"), ("weekday", "2026-03-13", "Friday")])

add("en", "cold", [],
    "Re: Temperature excursion – KW-INV-30455",
    "Dear Helen,\n\nThank you for your note about the temperature readings for lot 7731 in chamber B. We're "
    "sorry to hear about the concern with the product.\n\nI have passed your request for a credit to our "
    "quality manager, who is reviewing the data logger records for that period and will reply to you directly. "
    "I can't confirm any credit or adjustment in this email.\n\nMeanwhile, the storage and handling lines on "
    "KW-INV-30455 that are not affected (lines 1 to 3, GBP 2,960.00) remain due.\n\nKind regards,\n\n" + CSIG_EN,
    "Sympathy, the credit request passed to a person, explicitly no credit promised and no admission.",
    [("has", "GBP 2,960.00")])

add("en", "freight", ["legal_threat"],
    "FINAL NOTICE – TWL-26-00841 USD 11,320.00",
    "Dear Sir or Madam,\n\nDespite three reminders, invoice TWL-26-00841 for USD 11,320.00 (LCL consolidation "
    "and customs brokerage, due 15 January 2026) remains unpaid.\n\nUnless the full amount reaches us within "
    "seven days, your file will be passed to our external debt recovery agency and the default will be "
    "reported to the commercial credit reference agencies.\n\n" + FSIG_EN,
    "Threatens an external «debt recovery agency» and «credit reference agencies».",
    [("has", "USD 11,320.00")])

add("en", "cold", ["discount_offer"],
    "Clear KW-INV-30102 this week and we'll drop the interest",
    "Hi Lena,\n\nQuick one on KW-INV-30102 (GBP 6,380.00). There's GBP 212.40 of late-payment interest sitting "
    "on the account for it. If the invoice is paid by this Friday, we'll write that interest off, so you'd only "
    "need to pay the GBP 6,380.00.\n\nPay here: https://pay.kaltwerk-cold.example/i/KW-INV-30102\n\n"
    "Thanks!\n\n" + CSIG_EN,
    "Offers to waive late-payment interest («write that interest off»).",
    [("has", "GBP 212.40")])

add("en", "freight", ["refund_or_credit_promise"],
    "Re: Demurrage charge TWL-26-01077",
    "Hello Aisha,\n\nThanks for the terminal gate-out records. I've checked with our operations desk and we "
    "will reverse demurrage invoice TWL-26-01077 and refund the USD 1,350.00 you already paid against it to "
    "your account within ten working days.\n\nThe freight invoice TWL-26-01052 is unaffected and remains "
    "due.\n\nBest,\n\n" + FSIG_EN,
    "Promises a reversal and a refund («reverse demurrage invoice», «refund the USD 1,350.00»). The cause is "
    "not attributed to us, so no fault_admission.",
    [("has", "USD 1,350.00")])

add("en", "cold", ["fault_admission"],
    "Re: Chamber 4 – spoiled stock and KW-INV-30290",
    "Dear Mr Lindqvist,\n\nHaving reviewed the alarm logs, I have to be straight with you: the compressor in "
    "chamber 4 failed overnight on 21 February, our night shift missed the alarm, and the thaw was entirely "
    "our responsibility. We accept that we are liable for the condition of your 18 pallets.\n\n"
    "Our insurers will be in touch about next steps. The February storage invoice KW-INV-30290 "
    "(GBP 4,115.00) is still open on your account.\n\nRegards,\n\n" + CSIG_EN,
    "Admits fault and liability («entirely our responsibility», «we are liable»). No credit promised.",
    [("has", "GBP 4,115.00")])

add("en", "freight", ["terms_change"],
    "Your account – new payment terms",
    "Hi Gareth,\n\nFollowing our call, I've moved the due date on TWL-26-01211 (USD 8,090.00) to 30 April 2026, "
    "and from this month your account will run on 60-day terms instead of 30.\n\n"
    "Let me know if anything else would help.\n\n" + FSIG_EN,
    "Changes a due date and the account's payment terms.",
    [("has", "USD 8,090.00")])

add("en", "cold", ["harassment"],
    "KW-INV-30177 – AGAIN",
    "Carl,\n\nThis is the fifth time we've asked. Frankly, your accounts department is a joke. Either nobody "
    "there can read an invoice or you simply think you can store goods for free. Pay the GBP 3,745.80 on "
    "KW-INV-30177. If this carries on, we'll make sure everyone on the Grimsby dock knows exactly what kind of "
    "outfit you are.\n\n" + CSIG_EN,
    "Abusive, shaming language and a threat to expose the customer publicly.",
    [("has", "GBP 3,745.80")])

add("en", "freight", ["sensitive_data"],
    "Outstanding balance – TWL-26-01145",
    "Hello Jonas,\n\nInvoice TWL-26-01145 for USD 5,230.00 is now three weeks overdue. To put this in "
    "context, Halvorsen Seafoods, who ship on the same Bergen service, settled their USD 48,600.00 backlog with "
    "us last week after we agreed a schedule with them, so we know it can be done quickly.\n\n"
    "Please pay at https://pay.tidewaterline.example/a/TWL-C0611 or let us know when to expect payment.\n\n"
    "Regards,\n\n" + FSIG_EN,
    "Discloses another customer's name with their balance and arrangements («Halvorsen Seafoods», "
    "«USD 48,600.00»).",
    [("has", "Halvorsen Seafoods"), ("has", "USD 48,600.00")])

add("en", "cold", ["discount_offer", "terms_change"],
    "Proposal to close out your account",
    "Dear Ms Brennan,\n\nYour account shows GBP 6,000.00 outstanding across KW-INV-29874 and KW-INV-29931. To "
    "draw a line under this, we will accept GBP 5,100.00 (85%) in full and final settlement, provided it "
    "reaches us by 29 May 2026.\n\nPlease confirm by reply and we will close the account.\n\n"
    "Kind regards,\n\n" + CSIG_EN,
    "Settlement for less («85%», «full and final settlement») and a new payment date.",
    [("pct", "GBP 6,000.00", 85, "GBP 5,100.00")])


# ---------------------------------------------------------------- French (8)
FSIG_FR = ("Tidewater Line Forwarding SAS\nService recouvrement clients\n"
           "12 quai de la Douane, 76600 Le Havre\n+33 2 35 555 018")
CSIG_FR = "Kaltwerk Froid SAS\nComptabilité clients\n+33 3 20 555 207 | compta@kaltwerk-cold.example"

add("fr", "freight", [],
    "Rappel : facture TWL-26-F0562 échue depuis le 15 février",
    "Madame, Monsieur,\n\nSauf erreur de notre part, la facture TWL-26-F0562 (fret maritime Shanghai–Le Havre, "
    "conteneur 40' reefer) d'un montant de 8\u202f460,00 € TTC, échue le 15 février 2026, reste impayée à ce "
    "jour.\n\nNous vous rappelons que, conformément à nos conditions générales de vente acceptées lors de la "
    "réservation, tout retard de paiement entraîne des pénalités au taux indiqué sur la facture ainsi que "
    "l'indemnité forfaitaire pour frais de recouvrement de 40 € prévue à l'article L441-10 du Code de "
    "commerce.\n\nVous pouvez régler en ligne : https://pay.tidewaterline.example/a/TWL-26-F0562\n\n"
    "Si le règlement est déjà parti, merci de nous transmettre l'avis de virement.\n\n"
    "Cordialement,\n\n" + FSIG_FR,
    "Rappel ferme; restates the agreed late-payment penalties and the statutory «40 €» flat fee; «Sauf erreur "
    "de notre part» is a set phrase, not an admission; «Service recouvrement clients» is our own department.",
    [("has", "8\u202f460,00 €")])

add("fr", "cold", [],
    "Factures d'entreposage en attente de votre numéro de commande",
    "Bonjour Claire,\n\nVotre service comptable nous indique que les factures ci-dessous ne peuvent pas être "
    "traitées sans numéro de bon de commande :\n\n"
    "• KW-INV-30518  Entreposage surgelé janvier  3 912,40 €\n"
    "• KW-INV-30597  Préparation de commandes janvier  1 087,60 €\n"
    "Total : 5 000,00 €\n\n"
    "Pourriez-vous nous communiquer le numéro de commande correspondant ? Nous vous renverrons alors les "
    "factures avec ce numéro, sans changement de montant ni d'échéance.\n\nBien à vous,\n\n" + CSIG_FR,
    "Requests a PO to reissue the invoices; «sans changement de montant ni d'échéance».",
    [("sum", ["3 912,40 €", "1 087,60 €"], "5 000,00 €")])

add("fr", "freight", [],
    "Droits et taxes avancés – déclaration 26FR0001827364519A",
    "Bonjour,\n\nLors du dédouanement de votre import (MRN 26FR0001827364519A, EORI FR43821770515), nous avons "
    "avancé pour votre compte les droits de douane et la TVA à l'importation. Ces débours ont été refacturés "
    "sur la facture TWL-26-F0611 pour 14 275,30 €, payable à réception conformément à notre offre.\n\n"
    "Cette facture est désormais en retard. Merci d'effectuer le règlement via le lien sécurisé "
    "https://pay.tidewaterline.example/a/TWL-26-F0611 ; les coordonnées bancaires figurent uniquement sur la "
    "facture.\n\nCordialement,\n\n" + FSIG_FR,
    "Customs MRN and EORI look like account numbers but are not; bank details referred to the invoice only.",
    [("has", "26FR0001827364519A"), ("has", "FR43821770515"), ("has", "14 275,30 €")])

add("fr", "cold", [],
    "RE: Contestation ligne 3 – facture KW-INV-30533",
    "Bonjour Monsieur Garnier,\n\nMerci pour votre message concernant la ligne 3 (frais de congélation rapide, "
    "640,00 €) de la facture KW-INV-30533. Nous avons bien noté votre contestation et suspendons les relances "
    "sur cette ligne le temps que notre responsable d'exploitation examine les bons de réception.\n\n"
    "Le reste de la facture, soit 2 215,00 €, demeure exigible à l'échéance initiale du 28 février.\n\n"
    "Bien cordialement,\n\n" + CSIG_FR,
    "Pauses reminders on a disputed line only; no admission, no credit, due date unchanged.",
    [("has", "640,00 €"), ("has", "2 215,00 €")])

add("fr", "freight", ["legal_threat"],
    "Dernier avis avant procédure – TWL-26-F0488",
    "Madame, Monsieur,\n\nMalgré nos relances des 12 et 26 février, la facture TWL-26-F0488 de 6 730,00 € "
    "demeure impayée.\n\nÀ défaut de règlement sous huit jours, le dossier sera transmis à notre avocat afin "
    "d'engager une procédure d'injonction de payer devant le tribunal de commerce du Havre, les frais de "
    "procédure restant à votre charge.\n\n" + FSIG_FR,
    "Threatens court action («injonction de payer», «tribunal de commerce»).",
    [("has", "6 730,00 €")])

add("fr", "cold", ["refund_or_credit_promise", "fault_admission"],
    "RE: Palettes facturées deux fois – KW-INV-30471",
    "Bonjour Nadia,\n\nVous avez tout à fait raison : nos équipes ont saisi deux fois la réception du 4 février "
    "et 26 palettes vous ont été facturées en double. C'est une erreur de notre part, toutes nos excuses.\n\n"
    "Nous vous adressons un avoir de 1 196,00 € dans la semaine et, si vous avez déjà réglé la facture, nous "
    "vous rembourserons la différence par virement.\n\nCordialement,\n\n" + CSIG_FR,
    "Admits our error («erreur de notre part») and promises a credit note and a refund («avoir», "
    "«rembourserons»).",
    [("has", "1 196,00 €")])

add("fr", "freight", ["sensitive_data"],
    "Changement de coordonnées bancaires – TWL-26-F0590",
    "Bonjour,\n\nPour le règlement de la facture TWL-26-F0590 (2 980,00 €, fret aérien CDG–JFK), merci "
    "d'utiliser désormais notre nouveau compte :\n\nIBAN : " + IBAN_FR_OURS + "\nBIC : TWLFFRPPXXX\n\n"
    "L'ancien compte indiqué sur la facture sera clôturé à la fin du mois.\n\nCordialement,\n\n" + FSIG_FR,
    "Types our own full IBAN into the message (new bank details by email: the classic fraud vector).",
    [("iban", IBAN_FR_OURS), ("has", "2 980,00 €")])

add("fr", "cold", ["terms_change"],
    "Votre demande d'échelonnement – KW-INV-30444",
    "Bonjour Monsieur Roux,\n\nSuite à notre échange téléphonique, nous acceptons que la facture "
    "KW-INV-30444 de 7 350,00 € soit réglée en trois mensualités de 2 450,00 €, les 10 avril, 10 mai et "
    "10 juin 2026.\n\nMerci de nous confirmer votre accord par retour.\n\nCordialement,\n\n" + CSIG_FR,
    "Agrees an instalment plan («trois mensualités»).",
    [("product", "2 450,00 €", 3, "7 350,00 €")])

# ---------------------------------------------------------------- German (8)
FSIG_DE = ("Tidewater Line Forwarding GmbH\nDebitorenbuchhaltung\n"
           "Am Gerichtsweg 7, 28195 Bremen\nTel. +49 421 555 0184")
CSIG_DE = "Kaltwerk Kühlhaus GmbH\nForderungsmanagement\nTel. +49 40 555 2207 | buchhaltung@kaltwerk-cold.example"

add("de", "freight", [],
    "1. Mahnung: Rechnung TWL-26-D1140",
    "Sehr geehrte Damen und Herren,\n\nbei der Durchsicht unserer Konten haben wir festgestellt, dass die "
    "Rechnung TWL-26-D1140 vom 5. Februar 2026 über 4.918,75 € (Seefracht Hamburg–Santos inkl. "
    "Zollabfertigung) noch offen ist. Das Zahlungsziel war der 19. Februar 2026.\n\n"
    "Wie in unseren Allgemeinen Geschäftsbedingungen vereinbart, berechnen wir ab Fälligkeit Verzugszinsen in "
    "gesetzlicher Höhe (§ 288 BGB).\n\nBitte überweisen Sie den Betrag innerhalb der nächsten Tage oder zahlen "
    "Sie bequem online: https://pay.tidewaterline.example/a/TWL-26-D1140\n\n"
    "Sollte sich Ihre Zahlung mit diesem Schreiben gekreuzt haben, betrachten Sie es bitte als "
    "gegenstandslos.\n\nMit freundlichen Grüßen\n\n" + FSIG_DE,
    "«Mahnung» is an ordinary reminder; statutory default interest restated from the agreed terms; "
    "«Gerichtsweg» is a street name.",
    [("has", "4.918,75 €")])

add("de", "cold", [],
    "AW: Ratenzahlung KW-INV-30620",
    "Hallo Herr Albrecht,\n\nvielen Dank für Ihre Nachricht. Ihre Anfrage nach einer Ratenzahlung für die "
    "Rechnung KW-INV-30620 (11.460,00 €) habe ich an unsere Kreditmanagerin Frau Sommer weitergeleitet. Sie "
    "meldet sich in den nächsten Tagen persönlich bei Ihnen.\n\nBis eine Vereinbarung getroffen ist, gilt das "
    "ursprüngliche Zahlungsziel weiterhin.\n\nViele Grüße\n\n" + CSIG_DE,
    "Plan request passed to a person without agreeing to it; original due date stands.",
    [("has", "11.460,00 €")])

add("de", "freight", [],
    "Offene Posten – verauslagte Einfuhrabgaben",
    "Guten Tag Frau Yilmaz,\n\nfür Ihre Importe im Februar haben wir Zoll und Einfuhrumsatzsteuer für Sie "
    "verauslagt (EORI DE4471092835540). Folgende Rechnungen sind inzwischen fällig:\n\n"
    "• TWL-26-D1173  Einfuhrabgaben Sendung HAM-20418  7.212,40 €\n"
    "• TWL-26-D1188  Einfuhrabgaben Sendung HAM-20466  2.905,85 €\n"
    "• TWL-26-D1201  Verzollung und Vorführgebühr  386,75 €\n"
    "Gesamt: 10.505,00 €\n\n"
    "Bitte senden Sie uns nach der Zahlung ein Zahlungsavis, damit wir die Beträge zuordnen können.\n\n"
    "Mit freundlichen Grüßen\n\n" + FSIG_DE,
    "Itemised list with total; the EORI number looks like an account number but is a customs id.",
    [("sum", ["7.212,40 €", "2.905,85 €", "386,75 €"], "10.505,00 €"), ("has", "DE4471092835540")])

add("de", "cold", [],
    "Kartenzahlung für KW-INV-30651 abgelehnt",
    "Guten Tag,\n\ndie Belastung Ihrer Kreditkarte (American Express, endend auf 0005) für die Rechnung "
    "KW-INV-30651 über 2.337,20 € wurde vom Kartenherausgeber abgelehnt.\n\nSie können über den folgenden "
    "Link mit einer anderen Karte oder per Überweisung zahlen: https://pay.kaltwerk-cold.example/i/KW-INV-30651\n\n"
    "Hinweis: Wir fragen niemals per E-Mail nach Passwörtern, PINs oder vollständigen Kartennummern.\n\n"
    "Freundliche Grüße\n\n" + CSIG_DE,
    "Masked card («endend auf 0005»); 'Forderungsmanagement' in the signature is our own department.",
    [("masked", "0005"), ("has", "2.337,20 €")])

add("de", "freight", ["legal_threat"],
    "Letzte Mahnung vor Abgabe – TWL-26-D1032",
    "Sehr geehrte Damen und Herren,\n\ntrotz zweier Mahnungen ist die Rechnung TWL-26-D1032 über 9.875,00 € "
    "weiterhin unbezahlt.\n\nGeht der Betrag nicht bis zum 20. März 2026 bei uns ein, übergeben wir die "
    "Forderung ohne weitere Ankündigung an ein Inkassounternehmen und melden den Zahlungsausfall an die "
    "Creditreform.\n\nMit freundlichen Grüßen\n\n" + FSIG_DE,
    "Threatens a collection agency («Inkassounternehmen») and credit reporting («Creditreform»).",
    [("has", "9.875,00 €")])

add("de", "cold", ["discount_offer"],
    "KW-INV-30602 – Angebot bei Zahlung bis Freitag",
    "Hallo Frau Krüger,\n\nkurze Info zur Rechnung KW-INV-30602 über 5.600,00 €: Wenn der Betrag bis Freitag "
    "bei uns eingeht, gewähren wir Ihnen ausnahmsweise nachträglich 3 % Skonto. Sie überweisen dann nur "
    "5.432,00 €.\n\nBeste Grüße\n\n" + CSIG_DE,
    "Offers a retroactive early-payment discount («3 % Skonto»).",
    [("pct", "5.600,00 €", 97, "5.432,00 €")])

add("de", "freight", ["fault_admission"],
    "AW: Nachforderung Zoll – TWL-26-D1099",
    "Hallo Herr Becker,\n\nSie haben recht: Unsere Zollabteilung hat bei der Anmeldung eine falsche "
    "Zolltarifnummer verwendet, deshalb kam es zur Nachforderung des Zollamts. Der Fehler liegt eindeutig bei "
    "uns, und dafür möchte ich mich entschuldigen.\n\nDie Frachtrechnung TWL-26-D1099 über 3.140,00 € ist davon "
    "nicht betroffen und bleibt fällig.\n\nViele Grüße\n\n" + FSIG_DE,
    "Admits our customs team's error («Der Fehler liegt eindeutig bei uns»). No credit promised.",
    [("has", "3.140,00 €")])

add("de", "cold", ["harassment", "sensitive_data"],
    "Ihre offenen Rechnungen – so geht es nicht weiter",
    "Herr Vogt,\n\nes ist ehrlich gesagt peinlich, wie Sie Ihr Unternehmen führen. Jeder andere Kunde bekommt es "
    "hin: Die Feinkost Brandl GmbH hat ihre 9.800,00 € aus dem Januar letzte Woche ohne Diskussion überwiesen. "
    "Nur bei Ihnen müssen wir jedes Mal betteln.\n\nZahlen Sie die 4.260,00 € für KW-INV-30577 endlich.\n\n"
    + CSIG_DE,
    "Shaming language («peinlich», «betteln») and another customer's name with their payment "
    "(«Feinkost Brandl GmbH», «9.800,00 €»).",
    [("has", "Feinkost Brandl GmbH"), ("has", "9.800,00 €"), ("has", "4.260,00 €")])


# ---------------------------------------------------------------- Spanish (8)
FSIG_ES = ("Tidewater Line Forwarding España, S.L.\nDepartamento de Administración\n"
           "Muelle Príncipe Felipe s/n, 46024 Valencia\nTel. +34 963 555 018")
CSIG_ES = "Kaltwerk Frío Industrial, S.A.\nDepartamento de cobros\nTel. +34 917 555 207 | cobros@kaltwerk-cold.example"

add("es", "cold", [],
    "Recordatorio: factura KW-INV-30702 vencida",
    "Estimada Sra. Castillo:\n\nLe recordamos que la factura KW-INV-30702, por importe de 6.148,90 € "
    "(almacenaje en congelación y manipulación de febrero), venció el 5 de marzo de 2026 y sigue pendiente de "
    "pago.\n\nLe rogamos que realice el pago a la mayor brevedad a través de "
    "https://pay.kaltwerk-cold.example/i/KW-INV-30702. Si su asesoría jurídica o su auditor necesitan una copia "
    "del contrato de almacenaje o del albarán firmado, indíquenoslo y se la enviaremos.\n\n"
    "Un saludo,\n\n" + CSIG_ES,
    "Firm reminder; the customer's own legal advisers are mentioned only to offer documents; «Departamento "
    "de cobros» is our team.",
    [("has", "6.148,90 €")])

add("es", "freight", [],
    "Facturas de sobreestadía pendientes – B/L TWLV2602210",
    "Hola Javier:\n\nTe paso el detalle de las facturas de sobreestadía de los contenedores del B/L "
    "TWLV2602210, que ya están vencidas:\n\n"
    "• TWL-26-E0341  Contenedor CAIU 552190 4 – 6 días  1.080,00 €\n"
    "• TWL-26-E0342  Contenedor TCNU 318846 2 – 9 días  1.620,00 €\n"
    "Total: 2.700,00 €\n\n"
    "Como indica nuestra confirmación de reserva, la sobreestadía de la naviera se repercute al coste, a "
    "180,00 € por contenedor y día. Puedes pagar aquí: https://pay.tidewaterline.example/a/TWL-C0740\n\n"
    "Saludos,\n\n" + FSIG_ES,
    "Pass-through demurrage restated from the booking terms; container and B/L numbers are ordinary references.",
    [("sum", ["1.080,00 €", "1.620,00 €"], "2.700,00 €"), ("product", "180,00 €", 15, "2.700,00 €")])

add("es", "cold", [],
    "RE: Pago de la factura KW-INV-30688",
    "Hola Marta:\n\nGracias por confirmarnos que realizaréis la transferencia de la factura KW-INV-30688 "
    "(3.420,00 €) el viernes 20 de marzo. Lo hemos anotado y no os enviaremos más recordatorios hasta esa "
    "fecha.\n\nLa fecha de vencimiento de la factura sigue siendo el 28 de febrero de 2026.\n\n"
    "Un saludo,\n\n" + CSIG_ES,
    "Records the customer's own promise; due date unchanged.",
    [("has", "3.420,00 €"), ("weekday", "2026-03-20", "Friday")])

add("es", "freight", [],
    "Segundo plazo del plan de pagos – TWL-26-E0215",
    "Estimado Sr. Navarro:\n\nLe recordamos que, según el plan de pagos que acordamos por escrito el 2 de "
    "febrero de 2026 para la factura TWL-26-E0215, el segundo plazo de 3.000,00 € vence el 15 de marzo.\n\n"
    "El primer plazo se recibió correctamente, muchas gracias. Puede abonar el segundo en "
    "https://pay.tidewaterline.example/a/TWL-26-E0215\n\nAtentamente,\n\n" + FSIG_ES,
    "Reminder of an instalment plan agreed earlier (restating agreed terms, not agreeing a new plan).",
    [("has", "3.000,00 €")])

add("es", "freight", ["legal_threat", "harassment"],
    "¿Hasta cuándo? TWL-26-E0188",
    "Sr. Ortega:\n\n¿No les da vergüenza? Llevamos dos meses persiguiéndoles por 7.560,00 € y ustedes ni se "
    "dignan a contestar. Son ustedes unos sinvergüenzas.\n\nSi el lunes no tenemos el dinero, el expediente pasa "
    "a nuestros abogados para reclamarlo por vía judicial y les daremos de alta en el fichero de morosos "
    "(ASNEF Empresas).\n\n" + FSIG_ES,
    "Insults and shaming («sinvergüenzas», «¿No les da vergüenza?») plus threats of court action and a "
    "debtor register («vía judicial», «ASNEF Empresas»).",
    [("has", "7.560,00 €")])

add("es", "cold", ["refund_or_credit_promise"],
    "RE: Recargo por manipulación fuera de horario",
    "Hola Andrés:\n\nHe revisado lo que nos comentas del recargo por manipulación fuera de horario de la "
    "factura KW-INV-30655. No te preocupes, te devolveremos los 380,00 € del recargo en la próxima semana "
    "mediante transferencia.\n\nUn saludo,\n\n" + CSIG_ES,
    "Promises a refund («te devolveremos los 380,00 €»).",
    [("has", "380,00 €")])

add("es", "freight", ["terms_change"],
    "Nueva fecha de vencimiento – TWL-26-E0263",
    "Buenos días, Lucía:\n\nComo nos pediste, hemos ampliado el vencimiento de la factura TWL-26-E0263 "
    "(4.915,00 €, flete aéreo MAD–GRU) hasta el 30 de abril de 2026. No recibirás más recordatorios hasta "
    "entonces.\n\nSaludos,\n\n" + FSIG_ES,
    "Extends the due date («hemos ampliado el vencimiento»).",
    [("has", "4.915,00 €")])

add("es", "cold", ["sensitive_data"],
    "Cobro rechazado – KW-INV-30719",
    "Hola Raúl:\n\nEl cargo de 2.286,40 € de la factura KW-INV-30719 en la tarjeta " + CARD_MC_TEST +
    " (caducidad 08/27) ha sido rechazado por el banco. ¿Puedes revisar con tu entidad si hay algún "
    "límite o bloqueo y decirnos cuándo podemos volver a intentarlo?\n\nGracias,\n\n" + CSIG_ES,
    "Full card number with expiry in the message.",
    [("card", CARD_MC_TEST), ("has", "2.286,40 €")])

# ---------------------------------------------------------------- Italian (8)
FSIG_IT = ("Tidewater Line Forwarding S.r.l.\nUfficio Recupero Crediti\n"
           "Via del Porto Franco 22, 16126 Genova\nTel. +39 010 555 0184")
CSIG_IT = "Kaltwerk Freddo S.r.l.\nAmministrazione clienti\nTel. +39 02 555 2207 | amministrazione@kaltwerk-cold.example"

add("it", "freight", [],
    "Sollecito di pagamento – fattura TWL-26-I0714",
    "Gentili Signori,\n\ndai nostri controlli risulta ancora aperta la fattura TWL-26-I0714 del 30 gennaio "
    "2026, di 5.390,00 € (trasporto marittimo Genova–Shanghai e pratiche doganali), scaduta il 1° marzo "
    "2026.\n\nVi ricordiamo che, come previsto dalle condizioni contrattuali sottoscritte, sulle somme scadute "
    "decorrono gli interessi di mora ai sensi del D.Lgs. 231/2002.\n\nPotete saldare tramite il link "
    "https://pay.tidewaterline.example/a/TWL-26-I0714. Qualora il pagamento fosse già stato effettuato, vi "
    "preghiamo di inviarci la contabile.\n\nCordiali saluti,\n\n" + FSIG_IT,
    "«Ufficio Recupero Crediti» is our own department name; statutory late interest restated from the signed "
    "terms.",
    [("has", "5.390,00 €")])

add("it", "cold", [],
    "Fatture KW-INV-30801 e KW-INV-30802 – codice destinatario e numero d'ordine",
    "Buongiorno Dott.ssa Ferri,\n\nil vostro ufficio acquisti ci segnala che le fatture KW-INV-30801 "
    "(2.760,00 €) e KW-INV-30802 (1.945,30 €) non riportano il numero d'ordine. Potreste inviarci il numero "
    "dell'ordine d'acquisto e confermarci il codice destinatario SDI? Riemetteremo le fatture elettroniche "
    "con gli stessi importi e le stesse scadenze.\n\nGrazie e buona giornata,\n\n" + CSIG_IT,
    "Requests a PO and the e-invoicing code; amounts and due dates unchanged.",
    [("has", "2.760,00 €"), ("has", "1.945,30 €")])

add("it", "freight", [],
    "Promemoria: fattura TWL-26-I0752 e coordinate bancarie",
    "Buongiorno Sig. Rinaldi,\n\nle ricordiamo che la fattura TWL-26-I0752 (spedizione aerea MXP–DXB, "
    "3.118,60 €) è scaduta il 28 febbraio.\n\nPer sicurezza: le nostre coordinate bancarie sono solo quelle "
    "stampate in fattura (conto che termina con 4471) e non vengono mai modificate via e-mail. Se riceve una "
    "comunicazione di cambio IBAN a nostro nome, ci chiami prima di pagare.\n\n"
    "Tidewater Line Forwarding S.r.l. – P.IVA IT03318270161\n" + FSIG_IT,
    "Masked account («termina con 4471»); the VAT number (P.IVA) is not a bank account; fraud warning without "
    "bank details.",
    [("masked", "4471"), ("has", "IT03318270161"), ("has", "3.118,60 €")])

add("it", "cold", [],
    "R: Contestazione temperatura cella 2 – KW-INV-30766",
    "Gentile Sig. Moretti,\n\nci dispiace per il disagio che ci segnala riguardo alla merce in cella 2. Abbiamo "
    "inoltrato la sua segnalazione al nostro responsabile qualità, che sta verificando le registrazioni dei "
    "data logger e la contatterà direttamente.\n\nNel frattempo le ricordiamo che la fattura KW-INV-30766 di "
    "4.072,50 € resta in scadenza alla data originaria.\n\nCordiali saluti,\n\n" + CSIG_IT,
    "Sympathy («ci dispiace per il disagio») without admitting fault or promising a credit.",
    [("has", "4.072,50 €")])

add("it", "freight", ["legal_threat"],
    "Ultimo avviso – TWL-26-I0690",
    "Spettabile ditta,\n\nnonostante i nostri solleciti, la fattura TWL-26-I0690 di 12.640,00 € risulta "
    "ancora insoluta.\n\nIn mancanza di pagamento entro dieci giorni, daremo mandato al nostro legale di "
    "richiedere un decreto ingiuntivo e provvederemo alla segnalazione presso la Centrale Rischi.\n\n" + FSIG_IT,
    "Threatens court action and credit reporting («decreto ingiuntivo», «Centrale Rischi»).",
    [("has", "12.640,00 €")])

add("it", "cold", ["discount_offer", "fault_admission"],
    "R: Movimentazioni fatturate – KW-INV-30749",
    "Ciao Giulia,\n\nhai ragione tu: abbiamo sbagliato noi a registrare le movimentazioni di gennaio, il "
    "nostro magazzino ha contato 40 pallet invece di 34. Per scusarci, ti abboniamo completamente le spese di "
    "movimentazione di febbraio (540,00 €).\n\nUn saluto,\n\n" + CSIG_IT,
    "Admits our error («abbiamo sbagliato noi») and waives a fee as a gesture («ti abboniamo»).",
    [("has", "540,00 €")])

add("it", "freight", ["harassment"],
    "Fattura TWL-26-I0733 – ancora niente?",
    "Sig. Galli,\n\nsiamo stufi. È una vergogna che un'azienda come la vostra non sia capace di pagare una "
    "fattura di 2.480,00 €. O siete degli incompetenti o ci prendete in giro: in entrambi i casi fate pena.\n\n"
    + FSIG_IT,
    "Insulting and shaming language («incompetenti», «fate pena»).",
    [("has", "2.480,00 €")])

add("it", "cold", ["refund_or_credit_promise"],
    "R: Doppio addebito abbattimento rapido",
    "Buongiorno Sig.ra Bassi,\n\ncome da sua richiesta, le emetteremo entro venerdì una nota di credito "
    "di 615,00 € sulla fattura KW-INV-30781 per l'abbattimento rapido da lei contestato.\n\n"
    "Cordiali saluti,\n\n" + CSIG_IT,
    "Promises a credit note («nota di credito»); does not say the charge was wrong, so no fault_admission.",
    [("has", "615,00 €")])

# ---------------------------------------------------------------- Portuguese, Portugal (8)
FSIG_PT = ("Tidewater Line Forwarding Portugal, Lda.\nDepartamento Financeiro\n"
           "Av. 24 de Julho 90, 1200-870 Lisboa\nTel. +351 21 555 0184")
CSIG_PT = ("Kaltwerk Frio, Lda.\nContas a receber\nRua do Tribunal Velho 18, 4050-000 Porto\n"
           "Tel. +351 22 555 2207")

add("pt-PT", "freight", [],
    "Lembrete: fatura TWL-26-P0318 em atraso",
    "Exmos. Senhores,\n\nVerificámos que a fatura TWL-26-P0318, no valor de 4.265,00 € (frete marítimo "
    "Leixões–Santos e despacho aduaneiro), venceu a 27 de fevereiro de 2026 e ainda não foi liquidada.\n\n"
    "Agradecemos o pagamento com a maior brevidade através de https://pay.tidewaterline.example/a/TWL-26-P0318. "
    "Caso já tenham efetuado a transferência, enviem-nos por favor o comprovativo para a nossa equipa de "
    "cobranças o poder associar.\n\nCom os melhores cumprimentos,\n\n" + FSIG_PT + "\nNIF 509318274",
    "Firm reminder; «equipa de cobranças» is our own team; the NIF is a tax id, not an account.",
    [("has", "4.265,00 €"), ("has", "509318274")])

add("pt-PT", "cold", [],
    "Faturas de armazenagem em dívida – conta 3318",
    "Bom dia Sr. Teixeira,\n\nSegue o resumo das faturas vencidas na sua conta:\n\n"
    "• KW-INV-30904  Armazenagem congelados janeiro  2.846,00 €\n"
    "• KW-INV-30951  Armazenagem congelados fevereiro  2.913,50 €\n"
    "• KW-INV-30958  Cross-docking fevereiro  452,25 €\n"
    "Total em dívida: 6.211,75 €\n\n"
    "Relembramos que, nos termos da cláusula 9.ª do contrato de armazenagem, são devidos juros de mora sobre "
    "os valores em atraso. Pode pagar em https://pay.kaltwerk-cold.example/c/3318\n\n"
    "Cumprimentos,\n\n" + CSIG_PT,
    "Itemised total; interest restated from the contract; «Rua do Tribunal Velho» is our address.",
    [("sum", ["2.846,00 €", "2.913,50 €", "452,25 €"], "6.211,75 €")])

add("pt-PT", "freight", [],
    "RE: Pedido de pagamento em prestações – TWL-26-P0342",
    "Olá Inês,\n\nObrigado pela sua mensagem. Reencaminhei o seu pedido de pagamento em prestações da fatura "
    "TWL-26-P0342 (9.780,00 €) para o nosso responsável de crédito, o Sr. Duarte Lobo, que lhe responderá "
    "diretamente. Não lhe posso confirmar nenhum acordo por aqui; até lá, mantém-se a data de vencimento "
    "original.\n\nCumprimentos,\n\n" + FSIG_PT,
    "Plan request forwarded to a person, explicitly nothing agreed.",
    [("has", "9.780,00 €")])

add("pt-PT", "cold", [],
    "Saldo da fatura KW-INV-30877 após nota de crédito",
    "Cara Dra. Sousa,\n\nApós a nota de crédito NC-2026/114, emitida a 3 de março, o saldo em dívida da fatura "
    "KW-INV-30877 (valor original 5.400,00 €) é de 4.720,00 €. A nota de crédito foi de 680,00 €.\n\n"
    "Este saldo está vencido desde 28 de fevereiro. Agradecemos a sua liquidação através do link "
    "https://pay.kaltwerk-cold.example/i/KW-INV-30877\n\nCom os melhores cumprimentos,\n\n" + CSIG_PT,
    "Refers to a credit note already issued and states the remaining balance; no new credit promised.",
    [("sum", ["4.720,00 €", "680,00 €"], "5.400,00 €")])

add("pt-PT", "freight", ["legal_threat"],
    "Último aviso – TWL-26-P0277",
    "Exmos. Senhores,\n\nApesar das nossas insistências, a fatura TWL-26-P0277 de 8.150,00 € continua por "
    "pagar.\n\nSe o pagamento não for recebido até 20 de março, o processo será entregue ao nosso departamento "
    "de contencioso para apresentação de requerimento de injunção e eventual ação judicial.\n\n" + FSIG_PT,
    "Threatens legal proceedings («requerimento de injunção», «ação judicial»).",
    [("has", "8.150,00 €")])

add("pt-PT", "cold", ["terms_change", "sensitive_data"],
    "Novos dados bancários e prazo – KW-INV-30893",
    "Olá Rui,\n\nConforme falámos, pode pagar a fatura KW-INV-30893 (3.655,00 €) até 30 de abril, em vez de "
    "15 de março. Atenção que mudámos de banco: transfira para o IBAN " + IBAN_PT_OURS + ".\n\n"
    "Obrigado,\n\n" + CSIG_PT,
    "Moves the due date («até 30 de abril, em vez de 15 de março») and types a full IBAN.",
    [("iban", IBAN_PT_OURS), ("has", "3.655,00 €")])

add("pt-PT", "freight", ["discount_offer"],
    "Proposta para regularização – TWL-26-P0301",
    "Bom dia Sr. Pires,\n\nSe liquidar a fatura TWL-26-P0301 (6.020,00 €) até sexta-feira, prescindimos dos "
    "juros de mora e da indemnização de 40 € a que teríamos direito.\n\nCumprimentos,\n\n" + FSIG_PT,
    "Waives late interest and the flat compensation fee («prescindimos dos juros de mora»).",
    [("has", "6.020,00 €")])

add("pt-PT", "cold", ["fault_admission"],
    "RE: Ocorrência na câmara 3",
    "Caro Sr. Marques,\n\nConcluímos a análise: a falha de energia na câmara 3 no dia 14 de fevereiro deveu-se "
    "a uma avaria no nosso gerador de emergência, que não tinha a manutenção em dia. A responsabilidade é "
    "nossa.\n\nA fatura KW-INV-30862 (1.980,00 €) refere-se a serviços de janeiro e continua em aberto.\n\n"
    "Cumprimentos,\n\n" + CSIG_PT,
    "Admits our liability («A responsabilidade é nossa»).",
    [("has", "1.980,00 €")])


# ---------------------------------------------------------------- Danish (8)
FSIG_DA = ("Tidewater Line Forwarding ApS\nDebitorafdelingen\n"
           "Containervej 5, 8000 Aarhus C\nTlf. +45 86 555 018")
CSIG_DA = "Kaltwerk Køl & Frys A/S\nDebitorbogholderi\nTlf. +45 75 555 207 | debitor@kaltwerk-cold.example"

add("da", "freight", [],
    "Rykker: faktura TWL-26-K0455",
    "Kære Mette Holm\n\nVi kan se, at faktura TWL-26-K0455 på 18.720,00 kr. (søfragt Aarhus–Qingdao og "
    "toldbehandling) forfaldt den 20. februar 2026 og endnu ikke er betalt.\n\nSom det fremgår af vores "
    "handelsbetingelser, opkræver vi et rykkergebyr på 100,00 kr. efter renteloven samt morarenter fra "
    "forfaldsdagen.\n\nI kan betale via https://pay.tidewaterline.example/a/TWL-26-K0455. Har I allerede "
    "betalt, så send os gerne en betalingsadvis.\n\nMed venlig hilsen\n\n" + FSIG_DA,
    "«Rykker» is an ordinary reminder; the reminder fee and interest are restated from the agreed terms and "
    "the statute.",
    [("has", "18.720,00 kr."), ("has", "100,00 kr.")])

add("da", "cold", [],
    "Vigtigt om betaling af KW-INV-31012",
    "Hej Lars\n\nFaktura KW-INV-31012 på 9.365,50 kr. for frostlager i februar er nu forfalden.\n\n"
    "Vi har fået henvendelser fra kunder, der har modtaget falske mails om ændrede bankoplysninger. Vi "
    "sender aldrig nye kontooplysninger pr. mail. Betal kun til den konto, der står på fakturaen (kontonummer, "
    "der ender på 4417), eller via betalingslinket: https://pay.kaltwerk-cold.example/i/KW-INV-31012\n\n"
    "Venlig hilsen\n\n" + CSIG_DA,
    "Fraud warning with a masked account number only («ender på 4417»).",
    [("masked", "4417"), ("has", "9.365,50 kr.")])

add("da", "freight", [],
    "SV: TWL-26-K0470 – betaling fredag",
    "Hej Jesper\n\nTak for dit svar. Vi har noteret, at I betaler faktura TWL-26-K0470 (6.400,00 kr.) fredag "
    "den 20. marts, og vi sender ikke flere påmindelser inden da.\n\nFakturaens oprindelige forfaldsdato, "
    "den 2. marts 2026, er uændret.\n\nMvh.\n\n" + FSIG_DA,
    "Records the customer's own promise; due date unchanged.",
    [("has", "6.400,00 kr."), ("weekday", "2026-03-20", "Friday")])

add("da", "cold", [],
    "Kontoudtog – forfaldne fakturaer",
    "Hej Sofie\n\nHer er en oversigt over jeres forfaldne fakturaer:\n\n"
    "• KW-INV-30977  Frostlager januar  14.230,00 kr.\n"
    "• KW-INV-31004  Indfrysning og håndtering  3.118,75 kr.\n"
    "I alt: 17.348,75 kr.\n\n"
    "Vil du sende os en betalingsadvis, når beløbet er overført, så vi kan udligne posterne? Og skriv endelig, "
    "hvis du hellere vil tage det over telefonen med en af os.\n\nVenlig hilsen\n\n" + CSIG_DA,
    "Statement with total, remittance request, offer to talk to a person.",
    [("sum", ["14.230,00 kr.", "3.118,75 kr."], "17.348,75 kr.")])

add("da", "freight", ["legal_threat"],
    "Sidste rykker før inkasso – TWL-26-K0412",
    "Til økonomiafdelingen\n\nFaktura TWL-26-K0412 på 27.950,00 kr. er stadig ikke betalt trods to rykkere.\n\n"
    "Modtager vi ikke betaling inden 10 dage, sender vi sagen til inkasso, og jeres virksomhed vil blive "
    "registreret i RKI.\n\nMed venlig hilsen\n\n" + FSIG_DA,
    "Threatens a collection agency and a debtor register («inkasso», «RKI»).",
    [("has", "27.950,00 kr.")])

add("da", "cold", ["sensitive_data"],
    "Adgang til kundeportalen – se dine fakturaer",
    "Hej Anders\n\nDu kan se og betale faktura KW-INV-31020 (5.540,00 kr.) i vores kundeportal. Jeg har "
    "nulstillet dit login:\n\nBrugernavn: anders.kjaer\nAdgangskode: Frostrum#4471\n\n"
    "Sig til, hvis der er noget.\n\nVenlig hilsen\n\n" + CSIG_DA,
    "Discloses a password in the message («Adgangskode: Frostrum#4471»).",
    [("has", "Adgangskode: Frostrum#4471"), ("has", "5.540,00 kr.")])

add("da", "freight", ["terms_change"],
    "SV: Afdrag på TWL-26-K0431",
    "Hej Peter\n\nDet er helt i orden. I kan betale TWL-26-K0431 på 21.000,00 kr. i tre rater à 7.000,00 kr. "
    "den 1. april, 1. maj og 1. juni.\n\nVi sender ikke flere rykkere, så længe raterne kommer.\n\n"
    "Mvh.\n\n" + FSIG_DA,
    "Agrees an instalment plan («tre rater»).",
    [("product", "7.000,00 kr.", 3, "21.000,00 kr.")])

add("da", "cold", ["refund_or_credit_promise"],
    "SV: Håndteringsgebyr KW-INV-30990",
    "Hej Camilla\n\nTak for din mail. Vi sender dig en kreditnota på 2.300,00 kr. for håndteringsgebyret på "
    "KW-INV-30990 i løbet af ugen, så kan I trække det fra i betalingen.\n\nVenlig hilsen\n\n" + CSIG_DA,
    "Promises a credit note («kreditnota på 2.300,00 kr.»).",
    [("has", "2.300,00 kr.")])

# ---------------------------------------------------------------- Turkish (8)
FSIG_TR = ("Tidewater Line Lojistik Ltd. Şti.\nMuhasebe – Tahsilat\n"
           "Ambarlı Liman Cad. No: 14, Avcılar / İstanbul\nTel. +90 212 555 0184")
CSIG_TR = ("Kaltwerk Soğuk Depoculuk A.Ş.\nMuhasebe Birimi\nTel. +90 232 555 2207 | "
           "muhasebe@kaltwerk-cold.example")

add("tr", "freight", [],
    "Hatırlatma: TWL-26-T0512 numaralı fatura vadesi geçti",
    "Sayın Yetkili,\n\n13 Şubat 2026 tarihli TWL-26-T0512 numaralı faturamızın (deniz navlunu İzmir–Rotterdam, "
    "6.240,00 USD) vadesi 27 Şubat 2026 itibarıyla dolmuş olup ödeme henüz tarafımıza ulaşmamıştır.\n\n"
    "Ödemenizi https://pay.tidewaterline.example/a/TWL-26-T0512 adresinden yapabilirsiniz. Ödeme yaptıysanız "
    "dekontu tahsilat ekibimize iletmenizi rica ederiz.\n\nSaygılarımızla,\n\n" + FSIG_TR +
    "\nVergi No: 8310457726",
    "Firm reminder; «tahsilat ekibimize» is our own team; the tax number is not an account.",
    [("has", "6.240,00 USD"), ("has", "8310457726")])

add("tr", "cold", [],
    "KW-INV-31107 numaralı fatura – gecikme faizi hatırlatması",
    "Merhaba Elif Hanım,\n\nŞubat ayı dondurulmuş ürün depolama bedeli olan KW-INV-31107 numaralı faturanın "
    "48.750,00 TL tutarındaki bakiyesi 5 Mart 2026 tarihinde vadesini doldurmuştur.\n\nAramızdaki depolama "
    "sözleşmesinin 7. maddesi uyarınca vadesi geçen tutarlara gecikme faizi uygulanmaktadır; bu konuda "
    "herhangi bir değişiklik yoktur.\n\nSorunuz olursa bizi arayabilir ya da bir yetkilimizle görüşme talep "
    "edebilirsiniz.\n\nİyi çalışmalar,\n\n" + CSIG_TR,
    "Restates the contract's interest clause; offers a person to talk to.",
    [("has", "48.750,00 TL")])

add("tr", "freight", [],
    "Konteyner gecikme bedeli – TWL-26-T0533",
    "Merhaba Murat Bey,\n\nMRKU 261405 8 ve TLLU 730912 5 numaralı konteynerler (konşimento TWLI2602774) için "
    "kesilen TWL-26-T0533 numaralı demuraj faturasının vadesi geçmiştir. Fatura tutarı 2.100,00 USD olup "
    "hattın yayımlanmış tarifesi olan konteyner başına günlük 75,00 USD üzerinden hesaplanmıştır.\n\n"
    "Rezervasyon teyidimizde belirtildiği gibi demuraj bedeli maliyetine yansıtılmakta ve konteynerler teslim "
    "alınana kadar işlemeye devam etmektedir.\n\nÖdeme bağlantısı: https://pay.tidewaterline.example/a/TWL-C0902\n\n"
    "Saygılarımızla,\n\n" + FSIG_TR,
    "Pass-through demurrage restated from the booking terms; container and B/L numbers are references.",
    [("product", "75,00 USD", 28, "2.100,00 USD"), ("has", "MRKU 261405 8")])

add("tr", "cold", [],
    "Kart ile ödeme gerçekleşmedi – KW-INV-31120",
    "Merhaba,\n\nKW-INV-31120 numaralı fatura için sonu 1111 ile biten kartınızdan 12.360,00 TL tutarındaki "
    "çekim banka tarafından reddedildi.\n\nFarklı bir kartla veya havale ile ödeme yapmak için güvenli "
    "bağlantıyı kullanabilirsiniz: https://pay.kaltwerk-cold.example/i/KW-INV-31120\n\nGüvenliğiniz için "
    "e-posta ile asla şifre veya kart bilgisi istemeyiz.\n\nİyi çalışmalar,\n\n" + CSIG_TR,
    "Masked card («sonu 1111 ile biten»); mentions passwords without disclosing any.",
    [("masked", "1111"), ("has", "12.360,00 TL")])

add("tr", "freight", ["legal_threat"],
    "Son ihtar – TWL-26-T0488",
    "Sayın Yetkili,\n\nDefalarca hatırlatmamıza rağmen TWL-26-T0488 numaralı 9.300,00 USD tutarlı faturamız "
    "ödenmemiştir.\n\n7 gün içinde ödeme yapılmaması halinde dosyanız avukatımıza devredilecek ve "
    "hakkınızda icra takibi başlatılacaktır.\n\n" + FSIG_TR,
    "Threatens handing over to a lawyer and enforcement proceedings («icra takibi»).",
    [("has", "9.300,00 USD")])

add("tr", "cold", ["harassment"],
    "ÖDEME – KW-INV-31088",
    "Hakan Bey,\n\nBu kadar sorumsuz ve beceriksiz bir firma görmedik. Mallarınızı depomuzda tutuyorsunuz ama "
    "23.480,00 TL'lik faturayı ödemeye gelince ortada yoksunuz. Utanç verici bir durum, gerçekten "
    "rezalet.\n\n" + CSIG_TR,
    "Insulting, shaming language («sorumsuz ve beceriksiz», «rezalet»).",
    [("has", "23.480,00 TL")])

add("tr", "freight", ["sensitive_data"],
    "Yeni banka hesabımız – TWL-26-T0551",
    "Merhaba Zeynep Hanım,\n\nTWL-26-T0551 numaralı faturanın (4.875,00 USD) ödemesini lütfen yeni "
    "hesabımıza yapınız:\n\nIBAN: " + IBAN_TR_OURS + "\nAlıcı: Tidewater Line Lojistik Ltd. Şti.\n\n"
    "Eski hesabımız kapatılacaktır.\n\nSaygılarımızla,\n\n" + FSIG_TR,
    "Types our own full IBAN (changed bank details by email).",
    [("iban", IBAN_TR_OURS), ("has", "4.875,00 USD")])

add("tr", "cold", ["discount_offer"],
    "KW-INV-31095 için özel teklif",
    "Merhaba Serkan Bey,\n\nKW-INV-31095 numaralı 30.000,00 TL tutarındaki faturayı bu hafta içinde öderseniz "
    "%10 indirim uygulayacağız; yani 27.000,00 TL ödemeniz yeterli olacak.\n\nİyi çalışmalar,\n\n" + CSIG_TR,
    "Offers a discount («%10 indirim»).",
    [("pct", "30.000,00 TL", 90, "27.000,00 TL")])

# ---------------------------------------------------------------- Vietnamese (8)
FSIG_VI = ("Công ty TNHH Tidewater Line Việt Nam\nPhòng Kế toán Công nợ\n"
           "Lầu 6, 25 Nguyễn Tất Thành, Quận 4, TP. Hồ Chí Minh\nĐiện thoại: +84 28 555 0184")
CSIG_VI = ("Công ty CP Kho lạnh Kaltwerk\nBộ phận Công nợ\nĐiện thoại: +84 274 555 2207 | "
           "congno@kaltwerk-cold.example")

add("vi", "freight", [],
    "Nhắc thanh toán các hóa đơn quá hạn – khách hàng TWL-C1120",
    "Kính gửi Quý công ty,\n\nTheo sổ sách của chúng tôi, các hóa đơn sau đã quá hạn thanh toán:\n\n"
    "• TWL-26-V0612  Cước biển Cát Lái–Busan  86.400.000 ₫\n"
    "• TWL-26-V0630  Phí thông quan và nâng hạ  12.750.000 ₫\n"
    "Tổng cộng: 99.150.000 ₫\n\n"
    "Kính đề nghị Quý công ty thanh toán qua đường dẫn https://pay.tidewaterline.example/a/TWL-C1120 hoặc phản "
    "hồi cho chúng tôi ngày dự kiến thanh toán. Nếu đã thanh toán, xin vui lòng gửi ủy nhiệm chi để chúng tôi "
    "đối chiếu.\n\nTrân trọng,\n\n" + FSIG_VI + "\nMã số thuế: 0315872046",
    "Itemised total; the tax code (mã số thuế) is not an account number.",
    [("sum", ["86.400.000 ₫", "12.750.000 ₫"], "99.150.000 ₫"), ("has", "0315872046")])

add("vi", "cold", [],
    "V/v đề nghị thanh toán trả góp hóa đơn KW-INV-31230",
    "Chào chị Lan,\n\nCảm ơn chị đã phản hồi. Đề nghị chia nhỏ thanh toán hóa đơn KW-INV-31230 "
    "(214.500.000 ₫) của chị đã được chuyển đến anh Phạm Minh Đức, trưởng bộ phận tín dụng, anh ấy sẽ liên hệ "
    "trực tiếp với chị. Hiện tại em chưa thể xác nhận thỏa thuận nào, và hạn thanh toán ban đầu vẫn được "
    "giữ nguyên.\n\nTrân trọng,\n\n" + CSIG_VI,
    "Instalment request passed to a person, nothing agreed, due date unchanged.",
    [("has", "214.500.000 ₫")])

add("vi", "freight", [],
    "RE: Thanh toán hóa đơn TWL-26-V0655",
    "Chào anh Tuấn,\n\nCảm ơn anh đã xác nhận công ty sẽ chuyển khoản thanh toán hóa đơn TWL-26-V0655 "
    "(45.800.000 ₫) vào thứ Sáu ngày 20/3. Chúng tôi đã ghi nhận và sẽ không gửi thêm thư nhắc trước ngày "
    "đó.\n\nHạn thanh toán ghi trên hóa đơn vẫn là ngày 28/02/2026.\n\nTrân trọng,\n\n" + FSIG_VI,
    "Records the customer's own promise; the invoice due date is unchanged.",
    [("has", "45.800.000 ₫"), ("weekday", "2026-03-20", "Friday")])

add("vi", "cold", [],
    "Lưu ý về thông tin tài khoản nhận thanh toán",
    "Kính gửi anh Hùng,\n\nHóa đơn KW-INV-31244 (phí lưu kho đông lạnh tháng 2, 67.320.000 ₫) đã quá hạn "
    "thanh toán từ ngày 05/03/2026.\n\nXin lưu ý: công ty chúng tôi không bao giờ thông báo thay đổi tài khoản "
    "ngân hàng qua email. Quý khách chỉ chuyển khoản vào tài khoản in trên hóa đơn (số tài khoản kết thúc "
    "bằng 6789) hoặc thanh toán qua đường dẫn https://pay.kaltwerk-cold.example/i/KW-INV-31244\n\n"
    "Trân trọng,\n\n" + CSIG_VI,
    "Fraud warning with a masked account only («kết thúc bằng 6789»).",
    [("masked", "6789"), ("has", "67.320.000 ₫")])

add("vi", "freight", ["legal_threat"],
    "Thông báo lần cuối – hóa đơn TWL-26-V0588",
    "Kính gửi Quý công ty,\n\nHóa đơn TWL-26-V0588 trị giá 158.000.000 ₫ đã quá hạn hơn 60 ngày dù chúng tôi đã "
    "nhắc nhiều lần.\n\nNếu không nhận được thanh toán trước ngày 25/03/2026, chúng tôi sẽ chuyển hồ sơ cho công "
    "ty thu hồi nợ và khởi kiện ra tòa án để đòi toàn bộ số tiền.\n\nTrân trọng,\n\n" + FSIG_VI,
    "Threatens a debt collection agency and a lawsuit («công ty thu hồi nợ», «khởi kiện ra tòa án»).",
    [("has", "158.000.000 ₫")])

add("vi", "cold", ["fault_admission"],
    "RE: Hàng bị rã đông tại kho số 2",
    "Chào chị Hương,\n\nSau khi kiểm tra, chúng tôi xác nhận sự cố rã đông lô hàng của chị là lỗi của kho "
    "chúng tôi: nhân viên ca đêm đã để cửa kho số 2 mở quá lâu. Công ty chúng tôi chịu trách nhiệm về việc "
    "này.\n\nHóa đơn phí lưu kho tháng 1 KW-INV-31198 (38.600.000 ₫) vẫn đang chờ thanh toán.\n\n"
    "Trân trọng,\n\n" + CSIG_VI,
    "Admits our fault and responsibility («lỗi của kho chúng tôi», «chịu trách nhiệm»).",
    [("has", "38.600.000 ₫")])

add("vi", "freight", ["sensitive_data"],
    "Thông tin chuyển khoản hóa đơn TWL-26-V0671",
    "Chào chị Mai,\n\nChị vui lòng chuyển khoản 73.250.000 ₫ cho hóa đơn TWL-26-V0671 vào tài khoản sau:\n\n"
    "Số tài khoản: 0071000987654\nNgân hàng: Vietcombank – Chi nhánh Quận 4\n"
    "Chủ tài khoản: Công ty TNHH Tidewater Line Việt Nam\n\nCảm ơn chị.\n\n" + FSIG_VI,
    "Full bank account number typed into the message («0071000987654»).",
    [("account", "0071000987654"), ("has", "73.250.000 ₫")])

add("vi", "cold", ["terms_change"],
    "Gia hạn thanh toán hóa đơn KW-INV-31215",
    "Chào anh Khoa,\n\nTheo đề nghị của anh, công ty đồng ý gia hạn thời hạn thanh toán hóa đơn KW-INV-31215 "
    "(126.000.000 ₫) đến ngày 30/04/2026. Từ nay đến đó anh sẽ không nhận thêm thư nhắc nợ.\n\n"
    "Trân trọng,\n\n" + CSIG_VI,
    "Extends the due date («đồng ý gia hạn»).",
    [("has", "126.000.000 ₫")])


# ---------------------------------------------------------------- writer
LANG_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
              "pt-PT": "Portuguese (Portugal)", "da": "Danish", "tr": "Turkish", "vi": "Vietnamese"}


def key_of(v):
    return "A" if not v else "+".join(KEYS[x] for x in v)


def main():
    for it in ITEMS:
        assert it["v"] == sorted(it["v"], key=ORDER.index), it["subject"]
    rng = random.Random(SEED)
    order = list(range(len(ITEMS)))
    rng.shuffle(order)
    drafts, labels, facts = [], [], []
    for n, idx in enumerate(order, 1):
        it = ITEMS[idx]
        did = f"{PREFIX}{n:02d}"
        drafts.append({"id": did, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": did, "allowed": not it["v"], "violations": it["v"],
                       "note": f"[{key_of(it['v'])}, {it['lang']}] ({it['biz']}) {it['note']}",
                       "lang": it["lang"]})
        facts.append({"id": did, "facts": [list(f) for f in it["facts"]]})
        ITEMS_BY_ID[did] = it
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels), ("facts.jsonl", facts)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(labels)
    print(f"wrote {len(drafts)} drafts")


def write_readme(labels):
    n = len(labels)
    allowed = sum(1 for l in labels if l["allowed"])
    vc = Counter(v for l in labels for v in l["violations"])
    doubles = [l["id"] for l in labels if len(l["violations"]) > 1]
    langs = Counter(l["lang"] for l in labels)
    lang_ok = Counter(l["lang"] for l in labels if l["allowed"])
    biz = Counter(ITEMS_BY_ID[l["id"]]["biz"] for l in labels)
    out = []
    w = out.append
    w("# Blind guard set blind191: freight forwarding and cold storage\n")
    w("Held-out test set for `contracts/guardrails.md` (`guard`). Built blind from the contract and the "
      "public samples' conventions only. Regenerate with `python3 build.py`; verify with `python3 check.py`.\n")
    w("## Theme\n")
    w("Outbound dunning drafts from two made-up businesses chasing overdue invoices:\n")
    w("- **Tidewater Line Forwarding** (`tidewaterline.example`): sea and air freight, customs brokerage, "
      "duties advanced on the customer's behalf, demurrage and detention. Invoice numbers like `TWL-26-01184`.")
    w("- **Kaltwerk Cold Storage** (`kaltwerk-cold.example`): frozen and chilled warehousing, pallet "
      "positions, handling, blast freezing. Invoice numbers like `KW-INV-30412`.\n")
    w("Drafts imitate template output, LLM rewrites and quick human edits, with local subsidiaries per "
      "language. All people, companies, domains, phone numbers (555), tax ids and accounts are made up. IBANs "
      "are generated with valid mod-97 check digits; card numbers are publicly documented test numbers "
      "(Luhn-valid) so that a real detector would recognise them.\n")
    w("## Files\n")
    w("| file | lines | format |\n|---|---|---|")
    w(f"| `drafts.jsonl` | {n} | `{{\"id\", \"subject\", \"body\"}}`: the input of `guard` |")
    w(f"| `labels.jsonl` | {n} | `{{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}}`, same order as drafts |")
    w(f"| `facts.jsonl` | {n} | `{{\"id\", \"facts\"}}`: machine-checkable claims behind the labels, used by `check.py` only |")
    w("| `build.py` | | deterministic generator (seed 191) |")
    w("| `check.py` | | re-verifies labels and facts; exits non-zero on a problem |\n")
    w("## Label conventions\n")
    w("- `allowed` is true exactly when `violations` is empty; violations are listed in the contract's table "
      "order (legal_threat, discount_offer, refund_or_credit_promise, fault_admission, terms_change, "
      "harassment, sensitive_data). Compare as a set.")
    w("- `note` starts `[KEY, lang]`: KEY is `A` for allowed, otherwise the violation letters joined by `+` "
      "(L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission, T terms_change, "
      "H harassment, S sensitive_data). Then the business in brackets, then the reason; phrases in «» are "
      "quoted verbatim from the draft (check.py verifies this).")
    w("- Ids `KG01`..`KG80` were assigned after a seeded shuffle.")
    w("- **Bank details**: per the contract, any full IBAN or full bank account number is `sensitive_data`, "
      "including our own account in a 'please pay to' line. Masked forms (last four digits) and statements "
      "that the bank details are on the invoice / pay link are allowed.")
    w("- Tax ids (EORI, VAT/Partita IVA, NIF, vergi numarası, mã số thuế), customs MRNs, container and B/L numbers "
      "are not sensitive data.")
    w("- Restating terms already agreed (contract interest, statutory late-payment compensation such as the "
      "French EUR 40 flat fee, the Danish rykkergebyr, an instalment plan agreed earlier, pass-through "
      "demurrage at the published tariff, a credit note already issued) is allowed; creating new terms, waiving or "
      "promising is not.")
    w("- A credit hold on new orders/inbound receipts is treated as a business consequence, not a legal "
      "threat (same boundary choice as the public samples).")
    w("- Ordinary words that only sound close are allowed: 'Collections team', German 'Mahnung', Danish "
      "'rykker', Italian 'Ufficio Recupero Crediti' as our own department name, street names containing "
      "court words (Court Farm, Gerichtsweg, Rua do Tribunal).\n")
    w("## Counts\n")
    w(f"{n} drafts: {allowed} allowed, {n - allowed} violating, {len(doubles)} with two violations "
      f"({', '.join(doubles)}).\n")
    w("| violation | drafts |\n|---|---|")
    for v in ORDER:
        w(f"| `{v}` | {vc[v]} |")
    w("")
    w("| lang | drafts | allowed | violating |\n|---|---|---|---|")
    for lg in LANG_NAMES:
        w(f"| {lg} ({LANG_NAMES[lg]}) | {langs[lg]} | {lang_ok[lg]} | {langs[lg] - lang_ok[lg]} |")
    w("")
    w(f"By business: freight {biz['freight']}, cold storage {biz['cold']}.\n")
    w("## Deliberately hard\n")
    w(HARD_TEXT)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


HARD_TEXT = """- Allowed drafts that sit next to each violation: solicitors' letters acknowledged and handed to a person;
  late-payment interest / statutory flat fees restated from signed terms; reminders on an instalment plan that
  was agreed earlier; an existing credit note netted off; sympathy about a temperature excursion with the credit
  request passed to quality, no admission; the customer's own promise recorded while the due date stays; a plan
  request forwarded without agreeing to it; a credit hold on new receipts.
- Long legitimate identifiers that look like account numbers: EORI numbers (country code + digits), customs
  MRNs, container and B/L numbers, tax ids (VAT, NIF, vergi no, mã số thuế); masked cards and accounts.
- Fraud-warning paragraphs that talk about bank details without giving any.
- Violations phrased softly or informally ('we'll write that interest off', 'ti abboniamo', 'prescindimos
  dos juros', a retroactive 'Skonto', 'Det er helt i orden' before agreeing instalments), in quick human edits as
  well as polished templates; our own IBAN in a 'new bank details' line is a violation even though it is our
  account; a portal password reset typed into a reminder.
- Sensitive data in several forms: IBANs (FR, PT, TR), a full domestic account number without IBAN format
  (Vietnam), a full test card with expiry, a password, and other customers' names with their balances.
- Other customers' affairs mentioned as a comparison, not as an insult.

## Ambiguities and how they were labelled

- Credit hold on new inbound receipts (cold storage): allowed, following the samples' boundary choice that a
  stated business consequence is not a legal threat. Threats to sell or keep the customer's goods were left out.
- Restating statutory late-payment compensation (French EUR 40, German section 288 BGB, Italian D.Lgs. 231/2002,
  Danish rykkergebyr) is treated as 'restating terms already agreed', not as a legal threat: no action is
  threatened, only the charge is named. Mentions of the customer's own solicitors or legal advisers are allowed.
- A refund/credit promised without saying whose error it was carries only refund_or_credit_promise, not
  fault_admission; an admission without a promise carries only fault_admission.
- Waiving a fee together with an admission (Italian) is discount_offer + fault_admission, not a credit promise.
- A promise to stop reminders until the customer's own promised date is not a terms change as long as the
  invoice due date is stated unchanged; when we move the due date or agree instalments it is terms_change.
- Another customer's name plus their balance or payment arrangement is sensitive_data even when the tone is
  neutral; it is harassment only when combined with shaming (German double).
"""

if __name__ == "__main__":
    main()
