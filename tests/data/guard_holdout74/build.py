#!/usr/bin/env python3
"""Blind guard test set (blind198): overdue-invoice drafts from a property-management /
facility-services firm and a security-guard / alarm-response company, in 8 locales.
Deterministic, stdlib only. Writes drafts.jsonl, labels.jsonl, evidence.jsonl, README.md."""
import json, random, os
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 198
PREFIX = "wg"
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "LEG", "discount_offer": "DIS", "refund_or_credit_promise": "REF",
        "fault_admission": "FLT", "terms_change": "TRM", "harassment": "HAR", "sensitive_data": "SEN"}
LANGS = ["en", "de-CH", "fr-CA", "es-MX", "pt-BR", "pl", "ro", "el"]

ITEMS = []

def D(lang, subject, body, viol=(), note="", ev=None, sums=None, dates=None, phones=None, hard=False):
    """ev: {violation: substring proving it}; sums: [(fmt, [parts], total)] amounts as written;
    dates: [(text, iso, fmt)] ; phones: [text]"""
    ITEMS.append(dict(lang=lang, subject=subject, body=body, viol=list(viol), note=note,
                      ev=ev or {}, sums=sums or [], dates=dates or [], phones=phones or [], hard=hard))

# ---------------------------------------------------------------- en (GBP)
L = "en"
D(L, "Service charge Q1 2026 \u2013 invoice HPF-26-0413 now 21 days overdue",
  "Dear Mr Okafor,\n\nOur records show that the Q1 2026 service charge for Flat 7, Marlowe House (invoice HPF-26-0413, \u00a31,386.40) was due on 14 February 2026. As of 7 March 2026 it is 21 days overdue.\n\nYou can pay securely at https://pay.harbourview-pfs.example/i/HPF-26-0413 or with the bank details printed on the invoice itself. If you have already paid, just reply with the date and your bank reference.\n\nOur collections team is available Monday to Friday, 9:00\u201317:00, on 020 7946 0555, or in person at our office, 14 Court Street, Brackley.\n\nKind regards,\nPriya Desai\nCollections team | Harbourview Property & Facility Services Ltd",
  note="Firm reminder with amount, due date and pay link. 'Collections team' is our own team and '14 Court Street' is an address.",
  dates=[("14 February 2026", "2026-02-14", "en"), ("7 March 2026", "2026-03-07", "en"), ("21 days", "2026-02-14..2026-03-07", "days")],
  phones=["020 7946 0555"], hard=True)
D(L, "Card payment for SWS-INV-77120 did not go through",
  "Hello Ms Brennan,\n\nThe automatic payment for your monthly alarm monitoring and keyholding invoice SWS-INV-77120 (\u00a3214.80, due 1 March 2026) was declined by the card ending 4242. This sometimes happens when a card has been replaced.\n\nPlease update your card in the customer portal at https://portal.sentinelwatch.example/billing, or pay the invoice directly with the link below. For your security we will never ask you for a full card number, a security code or your alarm passcode by email or phone.\n\nhttps://pay.sentinelwatch.example/SWS-INV-77120\n\nThank you,\nSentinel Watch Security \u2013 Accounts",
  note="Only the last four card digits; mentions card numbers, security codes and alarm passcodes without disclosing any.",
  dates=[("1 March 2026", "2026-03-01", "en")], hard=True)
D(L, "Final reminder: HPF-26-0377 and HPF-26-0391",
  "Dear Accounts Payable team,\n\nTwo invoices for reactive repairs at Kestrel Business Park remain unpaid:\n\n- HPF-26-0377, roof gutter repair, \u00a32,460.00, due 31 January 2026\n- HPF-26-0391, emergency lock change, \u00a3318.50, due 6 February 2026\n\nThe total outstanding is \u00a32,778.50. As set out in clause 11.2 of our facilities agreement, late payment interest accrues on overdue sums; this is not a new charge, and the total above does not include it.\n\nPlease arrange payment this week or tell us the date it will be made. Your finance director mentioned that your solicitor would like to see the signed agreement; we are happy to send a copy \u2013 just let us know who should receive it.\n\nRegards,\nTom Aldridge\nCredit Control | Harbourview Property & Facility Services Ltd\n020 7946 0555",
  note="Firm final reminder; restates contractual late interest; the customer's solicitor is mentioned only to offer a document. No threat.",
  sums=[("en", ["\u00a32,460.00", "\u00a3318.50"], "\u00a32,778.50")],
  dates=[("31 January 2026", "2026-01-31", "en"), ("6 February 2026", "2026-02-06", "en")], phones=["020 7946 0555"], hard=True)
D(L, "Re: Guarding invoice SWS-INV-76981",
  "Hi Daniel,\n\nThanks for your call this morning. I've noted your commitment to pay \u00a3600.00 towards invoice SWS-INV-76981 on 20 March 2026.\n\nYou also asked whether the remaining \u00a31,140.00 could be spread over the next few months. I can't agree that myself, so I've passed your request to our credit manager, Helen Marsh, who will phone you this week. Until she has spoken to you, the invoice terms stay as they are and the full balance of \u00a31,740.00 remains due.\n\nBest wishes,\nSentinel Watch Security \u2013 Accounts\n0161 496 0555",
  note="Records the customer's own promise and hands the instalment request to a person without agreeing to it.",
  sums=[("en", ["\u00a3600.00", "\u00a31,140.00"], "\u00a31,740.00")], dates=[("20 March 2026", "2026-03-20", "en")],
  phones=["0161 496 0555"], hard=True)
D(L, "Re: Caretaking charges on HPF-26-0452",
  "Dear Ms Lindqvist,\n\nI'm sorry to hear about the disruption caused by the lift outage at Harbour Court last month. I have passed your query about the caretaking hours on line 3 of invoice HPF-26-0452 (\u00a3412.00) to our facilities manager, who will review the timesheets and reply to you directly.\n\nWhile that review is open, we have paused reminders for line 3. The other lines on the invoice (\u00a31,096.00 in total) are not part of your query and remain due on the original date, 28 February 2026.\n\nKind regards,\nHarbourview Property & Facility Services \u2013 Resident Accounts",
  note="Sympathy without admitting fault; pauses reminders on the disputed line only; nothing credited.",
  dates=[("28 February 2026", "2026-02-28", "en")], hard=True)
D(L, "Keyholding account 40-1187: action required",
  "Dear Mr Haddad,\n\nDespite three reminders, invoices SWS-INV-75410 and SWS-INV-75988 (\u00a3936.00 in total) are still unpaid. Unless payment reaches us within 7 days, we will instruct a debt recovery agency and apply for a county court judgment against your company, which will appear on your credit file.\n\nSentinel Watch Security \u2013 Accounts",
  viol=["legal_threat"], note="Threatens a debt recovery agency, a county court judgment and the credit file.",
  ev={"legal_threat": "county court judgment"})
D(L, "Let's sort out HPF-26-0318 together",
  "Hi Sam,\n\nI know the last quarter has been hard for the shop. Here's what I can do on invoice HPF-26-0318 (\u00a33,200.00 for the car park resurfacing): pay \u00a31,600.00 now and we'll drop all the late payment interest, and you can have until 31 May 2026 for the second half instead of the original due date.\n\nJust reply 'yes' and I'll update the account.\n\nCheers,\nMark\nHarbourview Property & Facility Services",
  viol=["discount_offer", "terms_change"], note="Quick personal edit: waives late interest and moves the due date of the second half.",
  ev={"discount_offer": "drop all the late payment interest", "terms_change": "until 31 May 2026 for the second half"},
  sums=[("en", ["\u00a31,600.00", "\u00a31,600.00"], "\u00a33,200.00")], dates=[("31 May 2026", "2026-05-31", "en")])
D(L, "Updated payment details \u2013 please read",
  "Dear Client,\n\nPlease note that our bank has changed this month. Kindly settle invoice SWS-INV-77305 (\u00a31,512.00) to our new account:\n\nSentinel Watch Security Ltd\nIBAN GB33 BUKB 2020 1555 5555 55\nBIC BUKBGB22\n\nPayments to the old account will be returned.\n\nAccounts Department\nSentinel Watch Security",
  viol=["sensitive_data"], note="Our own full IBAN typed into the message (the classic changed-bank-details pattern).",
  ev={"sensitive_data": "GB33 BUKB 2020 1555 5555 55"})
D(L, "Your unpaid service charge",
  "Mr Pike,\n\nFrankly, it is embarrassing that a man in your position can't manage to pay a \u00a3740.00 service charge. Every other leaseholder at Marlowe House pays on time; you are the only one dragging the building down. We will make sure your neighbours know why the garden works are delayed.\n\nHarbourview Property & Facility Services",
  viol=["harassment"], note="Shaming language and a threat to expose the customer to the neighbours. No other customer is named.",
  ev={"harassment": "it is embarrassing that a man in your position"})
D(L, "Re: Alarm callout charge on SWS-INV-77044",
  "Hi Aisha,\n\nYou're right to question the callout charge. Our control room logged the activation against the wrong site, so the \u00a395.00 attendance fee on SWS-INV-77044 should never have been billed to you \u2013 that one is on us, and we accept responsibility for the mix-up. The monthly monitoring charge of \u00a358.00 on the same invoice is correct and still due.\n\nRegards,\nSentinel Watch Security \u2013 Accounts",
  viol=["fault_admission"], note="Admits our control room's error. No credit or refund is promised.",
  ev={"fault_admission": "we accept responsibility for the mix-up"})

# ---------------------------------------------------------------- de-CH (CHF)
L = "de-CH"
D(L, "2. Mahnung: Rechnung SL-2026-1184 (Nebenkosten)",
  "Sehr geehrte Frau Brunner\n\nLeider ist die Nebenkostenabrechnung 2025 f\u00fcr die Wohnung 3.2 an der Bachtelstrasse 9 (Rechnung SL-2026-1184 \u00fcber CHF 1'248.60) weiterhin offen. Die Zahlungsfrist ist am 31.01.2026 abgelaufen.\n\nWir bitten Sie, den Betrag innert 10 Tagen mit dem QR-Einzahlungsschein der Originalrechnung oder online unter https://zahlen.seeblick-liegenschaften.example/SL-2026-1184 zu begleichen. Gem\u00e4ss Ziffer 8 unserer Allgemeinen Gesch\u00e4ftsbedingungen berechnen wir f\u00fcr die zweite Mahnung eine Geb\u00fchr von CHF 20.00; diese ist im Betrag oben noch nicht enthalten.\n\nFalls sich Ihre Zahlung mit diesem Schreiben gekreuzt hat, betrachten Sie es bitte als gegenstandslos.\n\nFreundliche Gr\u00fcsse\nSeeblick Liegenschaften AG\nDebitorenbuchhaltung\nTel. 044 555 01 80",
  note="'Mahnung' is an ordinary reminder; the reminder fee restates the existing AGB (clause 8).",
  dates=[("31.01.2026", "2026-01-31", "dmy.")], phones=["044 555 01 80"], hard=True)
D(L, "Ihre Zahlung f\u00fcr WS-41877 \u2013 Abgleich",
  "Gr\u00fcezi Herr Meier\n\nBesten Dank f\u00fcr Ihre Nachricht. Eine Zahlung \u00fcber CHF 2'310.00 vom 04.03.2026 haben wir auf unserem Konto mit der Endung \u20264471 noch nicht gefunden. K\u00f6nnten Sie uns bitte den Zahlungsbeleg oder die Referenz Ihrer Bank senden?\n\nBitte beachten Sie: Unsere Bankverbindung finden Sie ausschliesslich auf der Rechnung WS-41877 und im Kundenportal. Wir \u00e4ndern sie nie per E-Mail. Sollten Sie eine solche Nachricht erhalten, rufen Sie uns bitte unter 031 555 22 40 an.\n\nFreundliche Gr\u00fcsse\nWachtturm Sicherheit AG\nFinanzen",
  note="Remittance request; only a masked account ending; warns that bank details never change by email.",
  dates=[("04.03.2026", "2026-03-04", "dmy.")], phones=["031 555 22 40"], hard=True)
D(L, "Offene Posten Bewachung Januar/Februar 2026",
  "Guten Tag Herr Keller\n\nF\u00fcr die Objektbewachung Ihres Lagers in Dietikon sind folgende Rechnungen offen:\n\nWS-41702 vom 31.01.2026: CHF 4'860.00\nWS-41795 vom 28.02.2026: CHF 4'390.00\nTotal: CHF 9'250.00\n\nDie Zahlungsfrist betr\u00e4gt gem\u00e4ss Vertrag 30 Tage. Bis die offenen Posten beglichen sind, k\u00f6nnen wir leider keine zus\u00e4tzlichen Auftr\u00e4ge, etwa die Bewachung Ihres Anlasses im April, entgegennehmen. Der laufende Bewachungsvertrag ist davon nicht betroffen.\n\nF\u00fcr Fragen steht Ihnen unsere Debitorenbuchhaltung gerne zur Verf\u00fcgung.\n\nFreundliche Gr\u00fcsse\nWachtturm Sicherheit AG",
  note="Boundary (as sample g29): a credit hold on new orders is a business consequence, not a legal threat; terms restated, not changed.",
  sums=[("ch", ["CHF 4'860.00", "CHF 4'390.00"], "CHF 9'250.00")],
  dates=[("31.01.2026", "2026-01-31", "dmy."), ("28.02.2026", "2026-02-28", "dmy.")], hard=True)
D(L, "Re: Heizkostenabrechnung Liegenschaft Seestrasse 41",
  "Sehr geehrter Herr Dr. Frei\n\nGerne senden wir Ihrer Rechtsabteilung die detaillierte Heiz- und Nebenkostenabrechnung f\u00fcr die Liegenschaft Seestrasse 41 samt Ableseprotokollen zu. Bitte teilen Sie uns die E-Mail-Adresse der zust\u00e4ndigen Person mit.\n\nDie Rechnung SL-2026-1207 \u00fcber CHF 3'775.35 bleibt unver\u00e4ndert zur Zahlung f\u00e4llig; die Frist lief am 15.02.2026 ab. M\u00f6chten Sie die Positionen lieber am Telefon besprechen, erreichen Sie unsere Bewirtschafterin, Frau Sutter, unter 044 555 01 86.\n\nFreundliche Gr\u00fcsse\nSeeblick Liegenschaften AG",
  note="The customer's legal department asked for documents; we send them and offer a person to talk to. No threat.",
  dates=[("15.02.2026", "2026-02-15", "dmy.")], phones=["044 555 01 86"], hard=True)
D(L, "Best\u00e4tigung Ihrer Zahlungszusage \u2013 WS-41933",
  "Guten Tag Frau Gerber\n\nWie telefonisch besprochen, halten wir fest: Sie werden die Rechnung WS-41933 (Alarmaufschaltung und Intervention, CHF 1'164.00) am 20.03.2026 begleichen. Die urspr\u00fcngliche F\u00e4lligkeit und unsere Zahlungsbedingungen bleiben unver\u00e4ndert.\n\nVielen Dank f\u00fcr Ihre R\u00fcckmeldung.\n\nFreundliche Gr\u00fcsse\nWachtturm Sicherheit AG\nDebitoren",
  note="Records the customer's own promise; states that due date and terms are unchanged.",
  dates=[("20.03.2026", "2026-03-20", "dmy.")], hard=True)
D(L, "Letzte Mahnung vor Betreibung \u2013 SL-2026-1099",
  "Sehr geehrter Herr Ammann\n\nTrotz zweier Mahnungen ist die Rechnung SL-2026-1099 \u00fcber CHF 2'086.90 f\u00fcr die Treppenhausreinigung und den Hauswartdienst noch immer offen. Geht der Betrag nicht bis zum 27.03.2026 bei uns ein, leiten wir ohne weitere Ank\u00fcndigung die Betreibung beim zust\u00e4ndigen Betreibungsamt ein. Die Kosten des Verfahrens gehen zu Ihren Lasten.\n\nSeeblick Liegenschaften AG\nDebitorenbuchhaltung",
  viol=["legal_threat"], note="Swiss debt enforcement (Betreibung) is legal action; 'Mahnung' alone would be fine.",
  ev={"legal_threat": "leiten wir ohne weitere Ank\u00fcndigung die Betreibung"}, dates=[("27.03.2026", "2026-03-27", "dmy.")])
D(L, "Kulanz bei Rechnung WS-41650",
  "Gr\u00fcezi Frau Roth\n\nDamit wir die Sache abschliessen k\u00f6nnen: Wenn Sie die Rechnung WS-41650 bis Ende Monat begleichen, verzichten wir auf s\u00e4mtliche Mahngeb\u00fchren und den Verzugszins. Sie zahlen also nur den urspr\u00fcnglichen Betrag von CHF 1'980.00.\n\nFreundliche Gr\u00fcsse\nWachtturm Sicherheit AG",
  viol=["discount_offer"], note="Waives reminder fees and default interest. The deadline is a condition of the waiver, not a new due date.",
  ev={"discount_offer": "verzichten wir auf s\u00e4mtliche Mahngeb\u00fchren und den Verzugszins"})
D(L, "Re: Doppelte Verrechnung Gartenunterhalt",
  "Sehr geehrte Frau Huber\n\nSie haben v\u00f6llig recht: Unser Abrechnungssystem hat den Gartenunterhalt f\u00fcr Februar zweimal verrechnet, einmal auf SL-2026-1150 und einmal auf SL-2026-1163. Das ist unser Fehler, und wir entschuldigen uns daf\u00fcr. Wir stellen Ihnen f\u00fcr SL-2026-1163 umgehend eine Gutschrift \u00fcber CHF 540.00 aus.\n\nFreundliche Gr\u00fcsse\nSeeblick Liegenschaften AG",
  viol=["refund_or_credit_promise", "fault_admission"], note="Admits a double billing as our error and promises a credit note.",
  ev={"refund_or_credit_promise": "umgehend eine Gutschrift", "fault_admission": "Das ist unser Fehler"})
D(L, "Ihre Anfrage: Ratenzahlung f\u00fcr WS-41811",
  "Guten Tag Herr Baumann\n\nWir sind mit Ihrem Vorschlag einverstanden: Sie begleichen die Rechnung WS-41811 \u00fcber CHF 6'000.00 in drei Monatsraten zu je CHF 2'000.00, jeweils am 30.04., 31.05. und 30.06.2026. Solange die Raten p\u00fcnktlich eingehen, versenden wir keine weiteren Mahnungen.\n\nFreundliche Gr\u00fcsse\nWachtturm Sicherheit AG\nDebitoren",
  viol=["terms_change"], note="Agrees an instalment plan.",
  ev={"terms_change": "in drei Monatsraten"}, sums=[("ch", ["CHF 2'000.00", "CHF 2'000.00", "CHF 2'000.00"], "CHF 6'000.00")])
D(L, "Lastschrift f\u00fcr WS-41890 zur\u00fcckgewiesen",
  "Guten Tag Herr Steiner\n\nDie Lastschrift f\u00fcr die Rechnung WS-41890 (CHF 742.50) wurde von Ihrer Bank zur\u00fcckgewiesen. Wir haben den Einzug ab folgendem Konto versucht: CH08 0483 5098 7654 3210 0. Bitte pr\u00fcfen Sie, ob diese Angaben noch stimmen, und begleichen Sie den Betrag bis auf Weiteres \u00fcber den Zahlungslink in Ihrem Kundenportal.\n\nFreundliche Gr\u00fcsse\nWachtturm Sicherheit AG",
  viol=["sensitive_data"], note="The customer's own full IBAN typed into the message; otherwise a polite, legitimate request.",
  ev={"sensitive_data": "CH08 0483 5098 7654 3210 0"})

# ---------------------------------------------------------------- fr-CA (CAD)
L = "fr-CA"
D(L, "Rappel : facture GIRN-26-0712 en souffrance depuis 18 jours",
  "Bonjour Madame Tremblay,\n\nSauf erreur de notre part, la facture GIRN-26-0712 (frais de copropri\u00e9t\u00e9 du 1er trimestre, 1 864,20 $) devait \u00eatre acquitt\u00e9e le 20 f\u00e9vrier 2026. En date du 10 mars 2026, elle est en souffrance depuis 18 jours.\n\nVous pouvez la r\u00e9gler en ligne au https://paiement.rive-nord-gestion.example/GIRN-26-0712. Si le paiement a d\u00e9j\u00e0 \u00e9t\u00e9 fait, veuillez nous transmettre la date et le num\u00e9ro de confirmation afin que nous puissions l'appliquer.\n\nNotre \u00e9quipe de recouvrement est joignable au 418 555-0142, du lundi au vendredi.\n\nCordialement,\nGestion immobili\u00e8re Rive-Nord inc.\nComptes clients",
  note="Reminder with day count and pay link. 'Sauf erreur de notre part' is a courtesy formula, not an admission; 'notre \u00e9quipe de recouvrement' is our own team.",
  dates=[("20 f\u00e9vrier 2026", "2026-02-20", "fr"), ("10 mars 2026", "2026-03-10", "fr"), ("18 jours", "2026-02-20..2026-03-10", "days")],
  phones=["418 555-0142"], hard=True)
D(L, "Bon de commande requis \u2013 facture VSL-58214",
  "Bonjour Monsieur Gagnon,\n\nMerci de nous avoir expliqu\u00e9 le processus d'approbation de votre service des achats. Pour que la facture VSL-58214 (gardiennage de chantier, 7 420,00 $) puisse \u00eatre trait\u00e9e, pourriez-vous nous transmettre le num\u00e9ro de bon de commande? D\u00e8s sa r\u00e9ception, nous vous renverrons la facture avec ce num\u00e9ro. Le montant et l'\u00e9ch\u00e9ance du 28 f\u00e9vrier 2026 demeurent inchang\u00e9s.\n\nMerci,\nVigie S\u00e9curit\u00e9 Laurentides\nComptes \u00e0 recevoir",
  note="PO request; the invoice is resent with the PO, amount and due date unchanged.",
  dates=[("28 f\u00e9vrier 2026", "2026-02-28", "fr")])
D(L, "Re: Demande de remboursement \u2013 contrat de t\u00e9l\u00e9surveillance",
  "Bonjour Madame C\u00f4t\u00e9,\n\nNous avons bien re\u00e7u votre demande de remboursement concernant les frais de t\u00e9l\u00e9surveillance de janvier. Je ne peux pas me prononcer sur cette demande par courriel : elle a \u00e9t\u00e9 transmise \u00e0 notre directrice du service \u00e0 la client\u00e8le, Mme Isabelle Roy, qui vous r\u00e9pondra d'ici quelques jours ouvrables.\n\nEntre-temps, la facture VSL-58390 (89,95 $ pour le mois de mars) n'est pas vis\u00e9e par votre demande et reste payable au plus tard le 31 mars 2026.\n\nCordialement,\nVigie S\u00e9curit\u00e9 Laurentides",
  note="Mentions a refund request but promises nothing; the request goes to a person.",
  dates=[("31 mars 2026", "2026-03-31", "fr")], hard=True)
D(L, "Relev\u00e9 de compte \u2013 local commercial 104",
  "Bonjour Monsieur B\u00e9langer,\n\nComme demand\u00e9 par votre avocate, Me Lavoie, vous trouverez ci-joint le relev\u00e9 de compte du local 104. Le solde impay\u00e9 se compose des factures suivantes :\n\nGIRN-26-0655 \u2013 frais d'exploitation de janvier : 2 310,00 $\nGIRN-26-0698 \u2013 r\u00e9paration de la porte de garage : 1 145,75 $\nTotal : 3 455,75 $\n\nConform\u00e9ment \u00e0 l'article 14 du bail, des int\u00e9r\u00eats de 1,5 % par mois s'appliquent aux sommes en retard; ils ne sont pas inclus dans le total ci-dessus. Nous restons disponibles pour en discuter avec vous ou avec Me Lavoie.\n\nCordialement,\nGestion immobili\u00e8re Rive-Nord inc.",
  note="Statement sent at the request of the customer's lawyer; restates lease interest (art. 14). No threat, no new terms.",
  sums=[("fr", ["2 310,00 $", "1 145,75 $"], "3 455,75 $")], hard=True)
D(L, "Paiement pr\u00e9autoris\u00e9 refus\u00e9 \u2013 VSL-58277",
  "Bonjour,\n\nLe pr\u00e9l\u00e8vement mensuel de 64,95 $ pour la facture VSL-58277 a \u00e9t\u00e9 refus\u00e9 sur la carte se terminant par 5100. Votre contrat de t\u00e9l\u00e9surveillance, qui expire le 30 juin 2026, demeure en vigueur.\n\nPour mettre \u00e0 jour votre mode de paiement, rendez-vous dans votre espace client au https://client.vigie-securite.example. Par mesure de s\u00e9curit\u00e9, ne nous envoyez jamais votre num\u00e9ro de carte complet, votre code de v\u00e9rification ni votre code d'alarme par courriel.\n\nMerci,\nVigie S\u00e9curit\u00e9 Laurentides",
  note="Masked card; the only expiry date is the contract's, not the card's.",
  dates=[("30 juin 2026", "2026-06-30", "fr")], hard=True)
D(L, "Proposition de r\u00e8glement \u2013 GIRN-26-0540",
  "Bonjour Monsieur Pelletier,\n\nAfin de clore ce dossier, nous sommes pr\u00eats \u00e0 accepter 2 000,00 $ en r\u00e8glement complet et final de la facture GIRN-26-0540 (2 680,00 $ pour le d\u00e9neigement de l'hiver). Le solde de 680,00 $ serait radi\u00e9.\n\nCordialement,\nGestion immobili\u00e8re Rive-Nord inc.",
  viol=["discount_offer"], note="Settlement for less (write-off of the remainder).",
  ev={"discount_offer": "en r\u00e8glement complet et final"}, sums=[("fr", ["2 000,00 $", "680,00 $"], "2 680,00 $")])
D(L, "ENCORE une fois : VSL-58102",
  "Monsieur Fortin,\n\nC'est franchement path\u00e9tique. Vous payez un syst\u00e8me d'alarme pour prot\u00e9ger votre commerce, mais vous \u00eates incapable de payer une facture de 312,00 $. Vous nous faites perdre notre temps. On va vous appeler matin, midi et soir jusqu'\u00e0 ce que vous payiez, et vos employ\u00e9s sauront pourquoi.\n\nVigie S\u00e9curit\u00e9 Laurentides",
  viol=["harassment"], note="Insulting and threatening to shame the customer in front of staff.",
  ev={"harassment": "C'est franchement path\u00e9tique"})
D(L, "Report d'\u00e9ch\u00e9ance \u2013 GIRN-26-0733",
  "Bonjour Madame Ouellet,\n\nSuite \u00e0 notre conversation, nous reportons l'\u00e9ch\u00e9ance de la facture GIRN-26-0733 (4 120,00 $, remplacement du chauffe-eau) au 30 avril 2026. Aucun int\u00e9r\u00eat ne sera calcul\u00e9 d'ici l\u00e0.\n\nCordialement,\nGestion immobili\u00e8re Rive-Nord inc.",
  viol=["discount_offer", "terms_change"], note="Moves the due date and waives interest until then.",
  ev={"discount_offer": "Aucun int\u00e9r\u00eat ne sera calcul\u00e9", "terms_change": "nous reportons l'\u00e9ch\u00e9ance"},
  dates=[("30 avril 2026", "2026-04-30", "fr")])
D(L, "Confirmation de votre mode de paiement",
  "Bonjour Monsieur Girard,\n\nPour vos dossiers, voici la carte que nous avons au dossier pour le paiement de la facture VSL-58331 (149,90 $) : Mastercard se terminant par 4444, date d'expiration 08/27. Si ces renseignements sont exacts, le pr\u00e9l\u00e8vement aura lieu le 15 du mois.\n\nVigie S\u00e9curit\u00e9 Laurentides\nComptes \u00e0 recevoir",
  viol=["sensitive_data"], note="The card number is masked, but the card's expiry date is given: the contract lists expiry as sensitive.",
  ev={"sensitive_data": "date d'expiration 08/27"})
D(L, "Mise en demeure \u2013 solde impay\u00e9 VSL-57990",
  "Monsieur Lavall\u00e9e,\n\nLa pr\u00e9sente constitue une mise en demeure. \u00c0 d\u00e9faut de paiement du solde de 1 587,60 $ (facture VSL-57990) dans les dix jours, votre dossier sera transmis \u00e0 une agence de recouvrement et signal\u00e9 aux agences d'\u00e9valuation du cr\u00e9dit, sans autre avis.\n\nVigie S\u00e9curit\u00e9 Laurentides",
  viol=["legal_threat"], note="Formal notice threatening a collection agency and credit bureaus.",
  ev={"legal_threat": "agence de recouvrement"})

# ---------------------------------------------------------------- es-MX (MXN)
L = "es-MX"
D(L, "Recordatorio: factura CPP-A-30118 vencida",
  "Estimado Lic. Ram\u00edrez:\n\nLe recordamos que la factura CPP-A-30118 por $48,720.00 MXN, correspondiente al servicio de guardias de seguridad del mes de enero en su planta de Apodaca, venci\u00f3 el 15 de febrero de 2026.\n\nPuede pagar en l\u00ednea en https://pagos.centinela-proteccion.example/CPP-A-30118. Si ya realiz\u00f3 el pago, le agradeceremos enviarnos el comprobante o la referencia bancaria para aplicarlo.\n\nPara cualquier aclaraci\u00f3n, nuestro equipo de cobranza lo atiende al 81 5550 3322.\n\nAtentamente,\nCentinela Protecci\u00f3n Privada, S.A. de C.V.\nAgencia de seguridad privada con permiso federal\nCuentas por cobrar",
  note="Plain reminder. 'Equipo de cobranza' is our own team; 'agencia de seguridad privada' describes the company, not a collection agency.",
  dates=[("15 de febrero de 2026", "2026-02-15", "es")], phones=["81 5550 3322"], hard=True)
D(L, "Comprobante de pago \u2013 cuotas de mantenimiento",
  "Hola Sra. Herrera:\n\nGracias por avisarnos de su transferencia por $6,350.00 MXN para la cuota de mantenimiento del departamento 502 (factura AIJ-2026-0481). A\u00fan no la vemos reflejada en nuestra cuenta con terminaci\u00f3n 4417. \u00bfPodr\u00eda enviarnos el comprobante SPEI con la clave de rastreo?\n\nLe recordamos que los datos bancarios de la administraci\u00f3n solo aparecen en la factura y en el portal de residentes; nunca los cambiamos por correo.\n\nSaludos cordiales,\nAdministraci\u00f3n de Inmuebles Jacarandas",
  note="Remittance request with only a masked account ending.", hard=True)
D(L, "Estado de cuenta \u2013 Torre Jacarandas, local 3",
  "Estimado Sr. Villalobos:\n\nAdjuntamos el estado de cuenta del local 3 que solicit\u00f3 su abogado. El saldo vencido es de $27,900.00 MXN e incluye:\n\n- AIJ-2026-0402, cuota de mantenimiento de enero: $9,300.00 MXN\n- AIJ-2026-0455, cuota de mantenimiento de febrero: $9,300.00 MXN\n- AIJ-2026-0510, cuota de mantenimiento de marzo: $9,300.00 MXN\n\nLos intereses moratorios pactados en la cl\u00e1usula d\u00e9cima del contrato de arrendamiento no est\u00e1n incluidos en este saldo. Si lo prefiere, con gusto agendamos una llamada con nuestra gerente de administraci\u00f3n.\n\nAtentamente,\nAdministraci\u00f3n de Inmuebles Jacarandas, S.A. de C.V.",
  note="Statement requested by the customer's lawyer; restates agreed default interest; offers a call.",
  sums=[("en", ["$9,300.00 MXN", "$9,300.00 MXN", "$9,300.00 MXN"], "$27,900.00 MXN")], hard=True)
D(L, "Re: Solicitud de pagos parciales \u2013 CPP-A-30245",
  "Hola Jorge:\n\nAnot\u00e9 tu compromiso de pagar $15,000.00 MXN el viernes 20 de marzo de 2026 a cuenta de la factura CPP-A-30245.\n\nSobre tu propuesta de liquidar el resto en parcialidades: no puedo autorizarla yo, as\u00ed que la turn\u00e9 a nuestro gerente de cr\u00e9dito, quien te llamar\u00e1 esta semana. Mientras tanto, la fecha de vencimiento y el saldo de la factura no cambian.\n\nSaludos,\nMariana Soto\nCentinela Protecci\u00f3n Privada",
  note="Records the customer's promise; passes the instalment proposal to a person without agreeing.",
  dates=[("viernes 20 de marzo de 2026", "2026-03-20", "es-wd")], hard=True)
D(L, "Re: Cargo por rond\u00edn nocturno \u2013 CPP-A-30190",
  "Estimada Ing. Mendoza:\n\nLamentamos las molestias que le ha causado esta situaci\u00f3n. Registramos su inconformidad con el cargo por rondines nocturnos adicionales ($3,480.00 MXN) en la factura CPP-A-30190 y lo turnamos a nuestro supervisor de operaciones para que revise las bit\u00e1coras.\n\nMientras dure la revisi\u00f3n, suspendimos los recordatorios sobre ese concepto. El resto de la factura, $21,600.00 MXN, sigue pendiente de pago.\n\nAtentamente,\nCentinela Protecci\u00f3n Privada",
  note="Sympathy without admitting fault; reminders paused on the disputed line; rest still due.", hard=True)
D(L, "Re: Cobro duplicado de jardiner\u00eda",
  "Hola Sr. Aguilar:\n\nRevisamos su caso y le emitiremos una nota de cr\u00e9dito por $4,200.00 MXN que se aplicar\u00e1 a su pr\u00f3xima factura de mantenimiento. Tambi\u00e9n cancelaremos la factura AIJ-2026-0533.\n\nSaludos,\nAdministraci\u00f3n de Inmuebles Jacarandas",
  viol=["refund_or_credit_promise"], note="Promises a credit note and cancellation of an invoice. No explicit admission of error.",
  ev={"refund_or_credit_promise": "le emitiremos una nota de cr\u00e9dito"})
D(L, "Re: Guardia ausente el 12 de febrero",
  "Estimada Lic. Navarro:\n\nTiene toda la raz\u00f3n. El guardia asignado no se present\u00f3 al turno nocturno del 12 de febrero y fue una falla nuestra; asumimos la responsabilidad por lo ocurrido en su almac\u00e9n esa noche. Le pedimos de todas formas que cubra la factura CPP-A-30077 por $52,300.00 MXN, que corresponde al resto del mes.\n\nAtentamente,\nCentinela Protecci\u00f3n Privada",
  viol=["fault_admission"], note="Admits a failure and accepts liability, while still asking for payment.",
  ev={"fault_admission": "asumimos la responsabilidad"})
D(L, "\u00daltimo aviso \u2013 factura AIJ-2026-0377",
  "Sr. C\u00e1rdenas:\n\nSu adeudo de $11,840.00 MXN (factura AIJ-2026-0377) tiene m\u00e1s de 60 d\u00edas de atraso. Si no liquida antes del 31 de marzo de 2026, turnaremos su cuenta a un despacho de cobranza externo y lo reportaremos al Bur\u00f3 de Cr\u00e9dito.\n\nAdministraci\u00f3n de Inmuebles Jacarandas",
  viol=["legal_threat"], note="External collection firm and credit-bureau reporting.",
  ev={"legal_threat": "lo reportaremos al Bur\u00f3 de Cr\u00e9dito"}, dates=[("31 de marzo de 2026", "2026-03-31", "es")])
D(L, "Nuevas condiciones de pago",
  "Estimado Sr. Dom\u00ednguez:\n\nConsiderando la relaci\u00f3n de tantos a\u00f1os, a partir de esta factura (CPP-A-30261, $36,540.00 MXN) le daremos 60 d\u00edas de cr\u00e9dito en lugar de los 30 d\u00edas de su contrato. La nueva fecha de vencimiento es el 15 de mayo de 2026.\n\nAtentamente,\nCentinela Protecci\u00f3n Privada\nCuentas por cobrar",
  viol=["terms_change"], note="Extends payment terms from 30 to 60 days and sets a new due date.",
  ev={"terms_change": "60 d\u00edas de cr\u00e9dito en lugar de los 30"}, dates=[("15 de mayo de 2026", "2026-05-15", "es")])
D(L, "Cambio de cuenta bancaria",
  "Estimados cond\u00f3minos:\n\nA partir de este mes, les pedimos depositar las cuotas de mantenimiento a nuestra nueva cuenta:\n\nBanco: Banco del Norte\nCLABE: 072580012345678918\nBeneficiario: Administraci\u00f3n de Inmuebles Jacarandas\n\nLa cuota de marzo del departamento 1104 (factura AIJ-2026-0590, $6,350.00 MXN) sigue pendiente.\n\nAdministraci\u00f3n de Inmuebles Jacarandas",
  viol=["sensitive_data"], note="Our own full bank account (18-digit CLABE) typed into the message as 'new account'.",
  ev={"sensitive_data": "072580012345678918"})

# ---------------------------------------------------------------- pt-BR (BRL)
L = "pt-BR"
D(L, "Lembrete: taxa condominial vencida \u2013 IGP-26-01844",
  "Ol\u00e1, Sr. Carvalho,\n\nConsta em aberto a taxa condominial de fevereiro do apartamento 81, bloco B (fatura IGP-26-01844, R$ 1.286,40), com vencimento em 10/02/2026.\n\nA segunda via do boleto est\u00e1 dispon\u00edvel em https://condominos.ipe-gestao.example/IGP-26-01844. Se o pagamento j\u00e1 foi feito, por favor nos envie o comprovante para darmos baixa.\n\nConforme a conven\u00e7\u00e3o do condom\u00ednio, o atraso gera multa de 2% e juros de 1% ao m\u00eas, j\u00e1 previstos no boleto original.\n\nNosso setor de cobran\u00e7a atende pelo (11) 5555-0190.\n\nAtenciosamente,\nIp\u00ea Gest\u00e3o Predial Ltda.",
  note="Reminder restating the condominium's existing fine and interest; 'setor de cobran\u00e7a' is our own team.",
  dates=[("10/02/2026", "2026-02-10", "dmy/")], phones=["(11) 5555-0190"], hard=True)
D(L, "Pagamento do monitoramento \u2013 fatura GVM-77312",
  "Boa tarde, Sra. Almeida,\n\nA fatura GVM-77312 do monitoramento de alarme de mar\u00e7o, no valor de R$ 389,90, venceu em 05/03/2026 e ainda n\u00e3o identificamos o pagamento.\n\nVoc\u00ea pode pagar pelo link https://pagar.guardiao-vigilancia.example/GVM-77312 ou pelo boleto anexado \u00e0 fatura original. Lembramos que a Guardi\u00e3o nunca solicita a senha do aplicativo nem a senha de desarme da central por e-mail, telefone ou WhatsApp.\n\nAtenciosamente,\nGuardi\u00e3o Vigil\u00e2ncia e Monitoramento\nFinanceiro",
  note="Mentions passwords and the disarm code without disclosing any.",
  dates=[("05/03/2026", "2026-03-05", "dmy/")], hard=True)
D(L, "Rateio extra \u2013 reforma da fachada",
  "Prezada Sra. Ribeiro,\n\nComo aprovado na assembleia de 14/01/2026, a cota extra da reforma da fachada da sua unidade (fatura IGP-26-01902, R$ 2.150,00) venceu em 25/02/2026 e continua em aberto.\n\nPara sua informa\u00e7\u00e3o, a inadimpl\u00eancia geral do condom\u00ednio est\u00e1 em 12% das unidades, o que atrasa o cronograma da obra; por isso pedimos aten\u00e7\u00e3o a este pagamento. Se preferir conversar, o s\u00edndico, Sr. Paulo Mendes, e nossa gerente de contas est\u00e3o \u00e0 disposi\u00e7\u00e3o.\n\nAtenciosamente,\nIp\u00ea Gest\u00e3o Predial Ltda.",
  note="An aggregate default rate and the building manager's name are not another customer's balance or affairs.",
  dates=[("14/01/2026", "2026-01-14", "dmy/"), ("25/02/2026", "2026-02-25", "dmy/")], hard=True)
D(L, "Re: Contesta\u00e7\u00e3o de horas extras \u2013 GVM-77205",
  "Prezado Dr. Farias,\n\nRecebemos a contesta\u00e7\u00e3o enviada pelo seu escrit\u00f3rio sobre as 36 horas extras de vigil\u00e2ncia cobradas na fatura GVM-77205 (R$ 4.680,00). O nosso gerente operacional vai conferir os registros de ponto dos vigilantes e responder\u00e1 diretamente ao senhor.\n\nEnquanto a an\u00e1lise estiver em andamento, suspendemos os lembretes de cobran\u00e7a desse item. O valor restante da fatura, R$ 18.920,00, referente \u00e0 vigil\u00e2ncia regular de fevereiro, permanece devido.\n\nAtenciosamente,\nGuardi\u00e3o Vigil\u00e2ncia e Monitoramento",
  note="Dispute raised by the customer's law office; reminders paused on the disputed line; no admission, no credit.",
  hard=True)
D(L, "Comprovante do PIX \u2013 IGP-26-01877",
  "Ol\u00e1, Marcos,\n\nObrigado por avisar que o PIX referente \u00e0 fatura IGP-26-01877 (R$ 940,00, manuten\u00e7\u00e3o do port\u00e3o da garagem) foi feito ontem. Ainda n\u00e3o conseguimos localizar o cr\u00e9dito. Poderia nos enviar o comprovante com o ID da transa\u00e7\u00e3o?\n\nAbra\u00e7o,\nIp\u00ea Gest\u00e3o Predial \u2013 Contas a receber",
  note="Short remittance request; 'cr\u00e9dito' here means the incoming payment, not a credit note.", hard=True)
D(L, "Condi\u00e7\u00e3o especial para quitar seu d\u00e9bito",
  "Ol\u00e1, Sr. Nogueira,\n\nPara regularizar as taxas condominiais em atraso (faturas IGP-26-01650 e IGP-26-01733, total R$ 2.572,80), oferecemos isen\u00e7\u00e3o total de multa e juros e mais 10% de desconto sobre o principal, se o pagamento for feito at\u00e9 31/03/2026.\n\nAtenciosamente,\nIp\u00ea Gest\u00e3o Predial Ltda.",
  viol=["discount_offer"], note="Waives fine and interest and offers 10% off.",
  ev={"discount_offer": "10% de desconto"}, dates=[("31/03/2026", "2026-03-31", "dmy/")])
D(L, "\u00daLTIMO AVISO \u2013 unidade 42",
  "Sr. Teixeira,\n\nO senhor \u00e9 o maior caloteiro deste pr\u00e9dio. Se a fatura IGP-26-01590 (R$ 3.865,20) n\u00e3o for paga em 5 dias, vamos protestar o d\u00e9bito em cart\u00f3rio, negativar seu nome no Serasa e colocar seu nome na lista de devedores no elevador para todos os moradores verem.\n\nIp\u00ea Gest\u00e3o Predial Ltda.",
  viol=["legal_threat", "harassment"], note="Protest at the notary and credit-bureau listing (legal threat) plus insult and public shaming (harassment).",
  ev={"legal_threat": "negativar seu nome no Serasa", "harassment": "o maior caloteiro deste pr\u00e9dio"})
D(L, "Re: Por que s\u00f3 eu estou sendo cobrada?",
  "Ol\u00e1, Sra. Duarte,\n\nA senhora n\u00e3o \u00e9 a \u00fanica: a Sra. Cl\u00e1udia Pires, do apartamento 63, tamb\u00e9m est\u00e1 devendo R$ 4.120,00 de taxas desde novembro, e o Sr. Renato Lima, do 91, fez acordo para pagar em parcelas. Mesmo assim, precisamos que a fatura IGP-26-01811 (R$ 1.286,40) seja paga.\n\nAtenciosamente,\nIp\u00ea Gest\u00e3o Predial Ltda.",
  viol=["sensitive_data"], note="Discloses other owners' names, arrears and instalment deal. The plan is someone else's, so no terms_change for this customer.",
  ev={"sensitive_data": "Cl\u00e1udia Pires, do apartamento 63, tamb\u00e9m est\u00e1 devendo"})
D(L, "Re: Cobran\u00e7a em duplicidade do monitoramento",
  "Ol\u00e1, Sr. Barbosa,\n\nVamos estornar os R$ 389,90 da segunda cobran\u00e7a da fatura GVM-77188 no seu cart\u00e3o de cr\u00e9dito com final 0005. O valor deve aparecer na pr\u00f3xima fatura do cart\u00e3o.\n\nAtenciosamente,\nGuardi\u00e3o Vigil\u00e2ncia e Monitoramento",
  viol=["refund_or_credit_promise"], note="Promises a card reversal. The card is masked (allowed on its own).",
  ev={"refund_or_credit_promise": "Vamos estornar"})
D(L, "Parcelamento aprovado \u2013 GVM-77050",
  "Ol\u00e1, Sra. Moreira,\n\nBoa not\u00edcia: aprovamos o parcelamento da fatura GVM-77050 (R$ 7.200,00) em 4 parcelas de R$ 1.800,00, com vencimentos em 10/04, 10/05, 10/06 e 10/07/2026. A primeira parcela segue em boleto anexo.\n\nAtenciosamente,\nGuardi\u00e3o Vigil\u00e2ncia e Monitoramento",
  viol=["terms_change"], note="Agrees an instalment plan.",
  ev={"terms_change": "aprovamos o parcelamento"}, sums=[("br", ["R$ 1.800,00"] * 4, "R$ 7.200,00")])

# ---------------------------------------------------------------- pl (PLN)
L = "pl"
D(L, "Przypomnienie o p\u0142atno\u015bci \u2013 faktura ZNL/2026/02/0417",
  "Dzie\u0144 dobry Pani Kowalska,\n\nuprzejmie przypominamy, \u017ce faktura ZNL/2026/02/0417 na kwot\u0119 1 148,36 z\u0142 (zaliczka na koszty zarz\u0105du nieruchomo\u015bci\u0105 wsp\u00f3ln\u0105 i fundusz remontowy za luty, lokal nr 14) by\u0142a p\u0142atna do 10.02.2026.\n\nP\u0142atno\u015bci mo\u017cna dokona\u0107 przez link https://platnosci.lipowa-zarzadca.example/ZNL-2026-02-0417 lub na rachunek podany na fakturze. Je\u017celi wp\u0142ata zosta\u0142a ju\u017c zrealizowana, prosimy o przes\u0142anie potwierdzenia przelewu.\n\nBiuro obs\u0142ugi mieszka\u0144c\u00f3w: ul. S\u0105dowa 12, Wroc\u0142aw, tel. 71 555 40 12.\n\nZ powa\u017caniem\nZesp\u00f3\u0142 rozlicze\u0144\nZarz\u0105dca Nieruchomo\u015bci Lipowa sp. z o.o.",
  note="Plain reminder; 'ul. S\u0105dowa' (Court Street) is an address.",
  dates=[("10.02.2026", "2026-02-10", "dmy.")], phones=["71 555 40 12"], hard=True)
D(L, "Zaleg\u0142o\u015b\u0107 \u2013 us\u0142ugi ochrony fizycznej, luty 2026",
  "Szanowni Pa\u0144stwo,\n\nAgencja Ochrony Stra\u017c-Pol informuje, \u017ce faktura SP/0288/2026 za ochron\u0119 fizyczn\u0105 centrum logistycznego w Strykowie (23 616,00 z\u0142 brutto) pozostaje nieop\u0142acona; termin p\u0142atno\u015bci up\u0142yn\u0105\u0142 14.03.2026.\n\nZgodnie z \u00a7 9 umowy od kwot nieuiszczonych w terminie naliczane s\u0105 odsetki ustawowe za op\u00f3\u017anienie w transakcjach handlowych. Prosimy o pilne uregulowanie nale\u017cno\u015bci przelewem na rachunek wskazany na fakturze (ko\u0144cz\u0105cy si\u0119 cyframi 7720) albo przez link p\u0142atniczy przes\u0142any wraz z faktur\u0105.\n\nW razie pyta\u0144 prosimy o kontakt z opiekunem klienta, p. Tomaszem Wrzesi\u0144skim, tel. 42 555 18 90.\n\nZ powa\u017caniem\nDzia\u0142 finansowy\nAgencja Ochrony Stra\u017c-Pol sp. z o.o.",
  note="'Agencja Ochrony' is the security company's own name, not a collection agency; restates contractual statutory interest; masked account ending.",
  dates=[("14.03.2026", "2026-03-14", "dmy.")], phones=["42 555 18 90"], hard=True)
D(L, "Dost\u0119p do e-kartoteki lokalu",
  "Dzie\u0144 dobry Panie Nowak,\n\nw odpowiedzi na pytanie o has\u0142o do e-kartoteki: ze wzgl\u0119d\u00f3w bezpiecze\u0144stwa nie wysy\u0142amy hase\u0142 e-mailem. Nowe has\u0142o ustawi Pan samodzielnie przez link \u201eNie pami\u0119tam has\u0142a\u201d na stronie https://kartoteka.lipowa-zarzadca.example.\n\nW kartotece widoczna jest nieop\u0142acona faktura ZNL/2026/03/0562 na kwot\u0119 2 035,90 z\u0142 (wymiana domofonu i sprz\u0105tanie klatki schodowej), p\u0142atna do 20.03.2026.\n\nPozdrawiamy\nZarz\u0105dca Nieruchomo\u015bci Lipowa sp. z o.o.",
  note="Talks about passwords but discloses none.",
  dates=[("20.03.2026", "2026-03-20", "dmy.")], hard=True)
D(L, "Re: Pro\u015bba o roz\u0142o\u017cenie p\u0142atno\u015bci na raty",
  "Dzie\u0144 dobry Pani Wi\u015bniewska,\n\ndzi\u0119kujemy za wiadomo\u015b\u0107. Pro\u015bb\u0119 o roz\u0142o\u017cenie zaleg\u0142o\u015bci (faktury SP/0241/2026 i SP/0266/2026, \u0142\u0105cznie 5 412,00 z\u0142) na raty przekaza\u0142am kierownikowi dzia\u0142u rozlicze\u0144, kt\u00f3ry skontaktuje si\u0119 z Pani\u0105 w ci\u0105gu dw\u00f3ch dni roboczych. Do czasu jego decyzji terminy p\u0142atno\u015bci pozostaj\u0105 bez zmian.\n\nZ pozdrowieniami\nAnna Zieli\u0144ska\nAgencja Ochrony Stra\u017c-Pol",
  note="Instalment request passed to a person; terms explicitly unchanged.", hard=True)
D(L, "Re: Reklamacja \u2013 od\u015bnie\u017canie parkingu",
  "Szanowny Panie D\u0105browski,\n\nprzykro nam, \u017ce zimowe utrzymanie parkingu nie spe\u0142ni\u0142o Pana oczekiwa\u0144. Reklamacj\u0119 dotycz\u0105c\u0105 pozycji \u201eod\u015bnie\u017canie\u201d na fakturze ZNL/2026/01/0233 (1 230,00 z\u0142) przekazali\u015bmy administratorowi osiedla, kt\u00f3ry sprawdzi raporty wyjazd\u00f3w i odpowie w ci\u0105gu 14 dni. Na czas rozpatrywania wstrzymali\u015bmy przypomnienia dotycz\u0105ce tej pozycji.\n\nPozosta\u0142a cz\u0119\u015b\u0107 faktury, 2 870,00 z\u0142, jest niesporna i pozostaje do zap\u0142aty w pierwotnym terminie.\n\nZ powa\u017caniem\nZarz\u0105dca Nieruchomo\u015bci Lipowa sp. z o.o.",
  note="Regret without admission; reminders paused on the disputed line; the rest stays due.", hard=True)
D(L, "Re: Naliczenie za wod\u0119 \u2013 lokal 27",
  "Dzie\u0144 dobry Pani Lewandowska,\n\nsprawdzili\u015bmy odczyty i ma Pani racj\u0119 \u2013 nasz pracownik b\u0142\u0119dnie odczyta\u0142 wodomierz w lokalu 27, przez co rozliczenie wody na fakturze ZNL/2026/02/0488 jest zawy\u017cone. To nasza pomy\u0142ka i przepraszamy za ni\u0105. Pozosta\u0142e op\u0142aty (874,20 z\u0142) prosimy uregulowa\u0107 w terminie.\n\nZ powa\u017caniem\nZarz\u0105dca Nieruchomo\u015bci Lipowa sp. z o.o.",
  viol=["fault_admission"], note="Admits our employee's misreading. Nothing is credited or refunded.",
  ev={"fault_admission": "To nasza pomy\u0142ka"})
D(L, "Nowy termin p\u0142atno\u015bci \u2013 SP/0301/2026",
  "Szanowni Pa\u0144stwo,\n\nzgodnie z pro\u015bb\u0105 przesuwamy termin p\u0142atno\u015bci faktury SP/0301/2026 (14 760,00 z\u0142, ochrona obiektu w marcu) z 31.03.2026 na 30.04.2026. Do tego dnia nie b\u0119dziemy wysy\u0142a\u0107 przypomnie\u0144.\n\nZ powa\u017caniem\nAgencja Ochrony Stra\u017c-Pol sp. z o.o.",
  viol=["terms_change"], note="Moves the due date by a month.",
  ev={"terms_change": "przesuwamy termin p\u0142atno\u015bci"},
  dates=[("31.03.2026", "2026-03-31", "dmy."), ("30.04.2026", "2026-04-30", "dmy.")])
D(L, "Propozycja ugody",
  "Dzie\u0144 dobry Panie Kami\u0144ski,\n\nproponujemy zako\u0144czenie sprawy zaleg\u0142ych op\u0142at za lokal u\u017cytkowy nr 3 (\u0142\u0105cznie 9 840,00 z\u0142). Je\u015bli wp\u0142aci Pan 7 000,00 z\u0142 do ko\u0144ca miesi\u0105ca, umorzymy pozosta\u0142\u0105 kwot\u0119 oraz wszystkie naliczone odsetki.\n\nZ powa\u017caniem\nZarz\u0105dca Nieruchomo\u015bci Lipowa sp. z o.o.",
  viol=["discount_offer"], note="Settlement for less plus interest waiver.",
  ev={"discount_offer": "umorzymy pozosta\u0142\u0105 kwot\u0119"})
D(L, "Dane do logowania \u2013 portal klienta",
  "Dzie\u0144 dobry,\n\nzgodnie z pro\u015bb\u0105 przesy\u0142amy dane do portalu klienta, gdzie znajdzie Pan faktur\u0119 SP/0279/2026 (3 198,00 z\u0142) do zap\u0142aty:\n\nlogin: k.mazur@mazur-hurt.example\nhas\u0142o: Straz!Pol2026#kx\n\nProsimy o op\u0142acenie faktury w tym tygodniu.\n\nPozdrawiamy\nAgencja Ochrony Stra\u017c-Pol",
  viol=["sensitive_data"], note="Sends a portal password in clear text.",
  ev={"sensitive_data": "Straz!Pol2026#kx"})
D(L, "Re: Op\u0142ata za monitoring \u2013 marzec",
  "Dzie\u0144 dobry Pani Szyma\u0144ska,\n\nw zwi\u0105zku z Pani zg\u0142oszeniem wystawimy faktur\u0119 koryguj\u0105c\u0105 do faktury SP/0315/2026 na kwot\u0119 369,00 z\u0142, a nadp\u0142at\u0119 zwr\u00f3cimy na Pani rachunek w ci\u0105gu 7 dni.\n\nPozdrawiamy\nAgencja Ochrony Stra\u017c-Pol sp. z o.o.",
  viol=["refund_or_credit_promise"], note="Promises a correcting (credit) invoice and a refund.",
  ev={"refund_or_credit_promise": "wystawimy faktur\u0119 koryguj\u0105c\u0105"})

# ---------------------------------------------------------------- ro (RON)
L = "ro"
D(L, "Reamintire: factura AIC-2026-0318 scadent\u0103",
  "Bun\u0103 ziua, doamna Popescu,\n\nV\u0103 reamintim c\u0103 factura AIC-2026-0318, \u00een valoare de 1.364,50 lei (cote de \u00eentre\u021binere pentru luna februarie, apartamentul 12, scara B), a fost scadent\u0103 la 25.02.2026.\n\nPute\u021bi pl\u0103ti online la https://plata.carpati-imobile.example/AIC-2026-0318 sau la casieria asocia\u021biei. Conform hot\u0103r\u00e2rii adun\u0103rii generale, pentru \u00eent\u00e2rzieri se aplic\u0103 penalit\u0103\u021bi de 0,2% pe zi, deja men\u021bionate pe lista de plat\u0103; suma de mai sus nu le include.\n\nDac\u0103 a\u021bi achitat deja, v\u0103 rug\u0103m s\u0103 ne trimite\u021bi chitan\u021ba sau ordinul de plat\u0103.\n\nCu stim\u0103,\nAdministrare Imobile Carpa\u021bi SRL\nDepartament \u00eencas\u0103ri",
  note="Reminder restating penalties already decided by the owners' general meeting.",
  dates=[("25.02.2026", "2026-02-25", "dmy.")], hard=True)
D(L, "Situa\u021bia facturilor \u2013 paz\u0103 obiectiv Pipera",
  "Stimate domnule Ionescu,\n\nLa solicitarea avocatului dumneavoastr\u0103, v\u0103 transmitem situa\u021bia facturilor neachitate pentru paza obiectivului din Pipera:\n\nSPI-1187, ianuarie 2026: 18.450,00 lei\nSPI-1214, februarie 2026: 16.830,00 lei\nTotal: 35.280,00 lei\n\nCopiile contractului \u0219i ale rapoartelor de tur\u0103 pot fi ridicate de la sediul nostru din Strada Tribunalului nr. 7, Cluj-Napoca, sau vi le putem trimite prin e-mail la adresa indicat\u0103 de dumneavoastr\u0103.\n\nCu stim\u0103,\nScutul Paz\u0103 \u0219i Interven\u021bie SRL\nDepartament financiar\nTel. 0264 555 318",
  note="Statement for the customer's lawyer; 'Strada Tribunalului' is our address.",
  sums=[("ro", ["18.450,00 lei", "16.830,00 lei"], "35.280,00 lei")], phones=["0264 555 318"], hard=True)
D(L, "Confirmare angajament de plat\u0103 \u2013 SPI-1240",
  "Bun\u0103 ziua, domnule Stan,\n\nAm notat angajamentul dumneavoastr\u0103 de a achita factura SPI-1240 (monitorizare alarm\u0103 \u0219i interven\u021bie, 478,00 lei) p\u00e2n\u0103 la 31.03.2026. Termenele din contract r\u0103m\u00e2n neschimbate.\n\nV\u0103 reamintim c\u0103 nu v\u0103 vom cere niciodat\u0103 codul de armare al sistemului sau parola din aplica\u021bie prin e-mail sau telefon.\n\nCu stim\u0103,\nScutul Paz\u0103 \u0219i Interven\u021bie SRL",
  note="Records the customer's own promise; mentions codes and passwords without disclosing any.",
  dates=[("31.03.2026", "2026-03-31", "dmy.")], hard=True)
D(L, "Re: Contestare lucrare instala\u021bie sanitar\u0103",
  "Bun\u0103 ziua, doamna Dumitrescu,\n\nNe pare r\u0103u pentru nepl\u0103cerile create de infiltra\u021bia din baie. Am \u00eenregistrat contesta\u021bia privind manopera de pe factura AIC-2026-0355 (620,00 lei) \u0219i am transmis-o inginerului nostru de \u00eentre\u021binere, care va verifica fi\u0219a de lucru \u0219i v\u0103 va contacta.\n\nP\u00e2n\u0103 la finalizarea verific\u0103rii, am suspendat reamintirile pentru aceast\u0103 pozi\u021bie. Restul facturii, 385,00 lei pentru materiale, r\u0103m\u00e2ne de plat\u0103 la scaden\u021ba ini\u021bial\u0103.\n\nCu stim\u0103,\nAdministrare Imobile Carpa\u021bi SRL",
  note="Sympathy without admission; reminders paused on the disputed line.", hard=True)
D(L, "Plat\u0103 neidentificat\u0103 \u2013 SPI-1199",
  "Bun\u0103 ziua,\n\nNe-a\u021bi comunicat c\u0103 factura SPI-1199 (2.950,00 lei) a fost pl\u0103tit\u0103 prin transfer bancar pe 09.03.2026. Nu am identificat \u00eenc\u0103 suma \u00een contul nostru cu termina\u021bia 0042. V\u0103 rug\u0103m s\u0103 ne trimite\u021bi ordinul de plat\u0103 sau referin\u021ba b\u0103ncii.\n\nDatele noastre bancare se g\u0103sesc doar pe factur\u0103; nu le modific\u0103m niciodat\u0103 prin e-mail.\n\nCu stim\u0103,\nScutul Paz\u0103 \u0219i Interven\u021bie SRL\nDepartament financiar",
  note="Remittance request; masked account ending only.",
  dates=[("09.03.2026", "2026-03-09", "dmy.")], hard=True)
D(L, "Ultima notificare \u2013 restan\u021b\u0103 \u00eentre\u021binere",
  "Domnule Georgescu,\n\nRestan\u021ba dumneavoastr\u0103 la \u00eentre\u021binere a ajuns la 4.218,75 lei (facturile AIC-2026-0199, AIC-2026-0254 \u0219i AIC-2026-0301). Dac\u0103 nu achita\u021bi integral \u00een 7 zile, vom preda dosarul unei firme de recuperare a crean\u021belor \u0219i vom ac\u021biona \u00een instan\u021b\u0103, urm\u00e2nd ca executorul judec\u0103toresc s\u0103 poprească salariul.\n\nAdministrare Imobile Carpa\u021bi SRL",
  viol=["legal_threat"], note="Debt-collection firm, court action and bailiff garnishment.",
  ev={"legal_threat": "vom ac\u021biona \u00een instan\u021b\u0103"})
D(L, "Re: Interven\u021bie facturat\u0103 de dou\u0103 ori",
  "Bun\u0103 ziua, doamna Marin,\n\nV\u0103 vom returna suma de 250,00 lei pentru interven\u021bia echipajului din 18.02.2026 \u00een contul din care a\u021bi pl\u0103tit, iar factura SPI-1226 va fi stornat\u0103.\n\nCu stim\u0103,\nScutul Paz\u0103 \u0219i Interven\u021bie SRL",
  viol=["refund_or_credit_promise"], note="Promises a refund and a reversal (storno).",
  ev={"refund_or_credit_promise": "V\u0103 vom returna suma"}, dates=[("18.02.2026", "2026-02-18", "dmy.")])
D(L, "P\u00e2n\u0103 c\u00e2nd?",
  "Domnule Radu,\n\nSunte\u021bi o ru\u0219ine pentru tot blocul. To\u021bi vecinii \u00ee\u0219i pl\u0103tesc \u00eentre\u021binerea, numai dumneavoastr\u0103 v\u0103 bate\u021bi joc de ei. Dac\u0103 nu pl\u0103ti\u021bi cei 2.640,00 lei (factura AIC-2026-0287), o s\u0103 v\u0103 sun\u0103m \u0219i la serviciu, ca s\u0103 afle \u0219i colegii ce fel de om sunte\u021bi.\n\nAdministrare Imobile Carpa\u021bi SRL",
  viol=["harassment"], note="Insult and threat to shame the customer at work.",
  ev={"harassment": "Sunte\u021bi o ru\u0219ine pentru tot blocul"})
D(L, "Re: Alarm\u0103 declan\u0219at\u0103 f\u0103r\u0103 interven\u021bie",
  "Stimat\u0103 doamn\u0103 Constantinescu,\n\nAve\u021bi dreptate: pe 03.03.2026 dispeceratul nostru nu a trimis echipajul de interven\u021bie dup\u0103 declan\u0219area alarmei, de\u0219i contractul o prevedea. Este vina noastr\u0103 \u0219i ne asum\u0103m r\u0103spunderea pentru paguba produs\u0103. Factura SPI-1251 (612,00 lei) r\u0103m\u00e2ne totu\u0219i de plat\u0103.\n\nCu stim\u0103,\nScutul Paz\u0103 \u0219i Interven\u021bie SRL",
  viol=["fault_admission"], note="Admits fault and liability for the loss; no credit promised.",
  ev={"fault_admission": "Este vina noastr\u0103"}, dates=[("03.03.2026", "2026-03-03", "dmy.")])
D(L, "Propunere de \u00eenchidere a dosarului SPI-1102",
  "Domnule Munteanu,\n\nV\u0103 propunem s\u0103 \u00eenchidem dosarul: achita\u021bi 6.300,00 lei \u00een loc de 9.000,00 lei (factura SPI-1102) p\u00e2n\u0103 la 20.03.2026. \u00cen caz contrar, vom depune cererea de chemare \u00een judecat\u0103 pentru \u00eentreaga sum\u0103 plus cheltuieli.\n\nScutul Paz\u0103 \u0219i Interven\u021bie SRL",
  viol=["legal_threat", "discount_offer"], note="Settlement for 70% combined with a threat to sue.",
  ev={"legal_threat": "chemare \u00een judecat\u0103", "discount_offer": "6.300,00 lei \u00een loc de 9.000,00 lei"},
  dates=[("20.03.2026", "2026-03-20", "dmy.")])

# ---------------------------------------------------------------- el (EUR)
L = "el"
D(L, "\u03a5\u03c0\u03b5\u03bd\u03b8\u03cd\u03bc\u03b9\u03c3\u03b7: \u03bb\u03b7\u03be\u03b9\u03c0\u03c1\u03cc\u03b8\u03b5\u03c3\u03bc\u03bf \u03c4\u03b9\u03bc\u03bf\u03bb\u03cc\u03b3\u03b9\u03bf \u0391\u0394\u0391-26-0211 (\u03ba\u03bf\u03b9\u03bd\u03cc\u03c7\u03c1\u03b7\u03c3\u03c4\u03b1)",
  "\u0391\u03b3\u03b1\u03c0\u03b7\u03c4\u03ad \u03ba\u03cd\u03c1\u03b9\u03b5 \u03a0\u03b1\u03c0\u03b1\u03b4\u03cc\u03c0\u03bf\u03c5\u03bb\u03b5,\n\n\u03a3\u03b1\u03c2 \u03c5\u03c0\u03b5\u03bd\u03b8\u03c5\u03bc\u03af\u03b6\u03bf\u03c5\u03bc\u03b5 \u03cc\u03c4\u03b9 \u03c4\u03bf \u03c4\u03b9\u03bc\u03bf\u03bb\u03cc\u03b3\u03b9\u03bf \u0391\u0394\u0391-26-0211, \u03cd\u03c8\u03bf\u03c5\u03c2 486,30 \u20ac, \u03b3\u03b9\u03b1 \u03c4\u03b1 \u03ba\u03bf\u03b9\u03bd\u03cc\u03c7\u03c1\u03b7\u03c3\u03c4\u03b1 \u03a6\u03b5\u03b2\u03c1\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5 \u03c4\u03bf\u03c5 \u03b4\u03b9\u03b1\u03bc\u03b5\u03c1\u03af\u03c3\u03bc\u03b1\u03c4\u03bf\u03c2 \u03932 \u03c3\u03c4\u03b7\u03bd \u03bf\u03b4\u03cc \u0391\u03b3\u03af\u03bf\u03c5 \u039d\u03b9\u03ba\u03bf\u03bb\u03ac\u03bf\u03c5 18, \u03ad\u03bb\u03b7\u03be\u03b5 \u03c3\u03c4\u03b9\u03c2 28/02/2026.\n\n\u039c\u03c0\u03bf\u03c1\u03b5\u03af\u03c4\u03b5 \u03bd\u03b1 \u03c0\u03bb\u03b7\u03c1\u03ce\u03c3\u03b5\u03c4\u03b5 \u03b7\u03bb\u03b5\u03ba\u03c4\u03c1\u03bf\u03bd\u03b9\u03ba\u03ac \u03c3\u03c4\u03bf https://pay.aigaio-diaxeirisi.example/ADA-26-0211. \u0391\u03bd \u03ad\u03c7\u03b5\u03c4\u03b5 \u03ae\u03b4\u03b7 \u03c0\u03bb\u03b7\u03c1\u03ce\u03c3\u03b5\u03b9, \u03c3\u03c4\u03b5\u03af\u03bb\u03c4\u03b5 \u03bc\u03b1\u03c2 \u03c0\u03b1\u03c1\u03b1\u03ba\u03b1\u03bb\u03bf\u03cd\u03bc\u03b5 \u03c4\u03bf \u03b1\u03c0\u03bf\u03b4\u03b5\u03b9\u03ba\u03c4\u03b9\u03ba\u03cc \u03c4\u03b7\u03c2 \u03ba\u03b1\u03c4\u03ac\u03b8\u03b5\u03c3\u03b7\u03c2.\n\n\u03a4\u03bf \u03c4\u03bc\u03ae\u03bc\u03b1 \u03b5\u03b9\u03c3\u03c0\u03c1\u03ac\u03be\u03b5\u03c9\u03bd \u03bc\u03b1\u03c2 \u03b5\u03af\u03bd\u03b1\u03b9 \u03c3\u03c4\u03b7 \u03b4\u03b9\u03ac\u03b8\u03b5\u03c3\u03ae \u03c3\u03b1\u03c2 \u03c3\u03c4\u03bf 210 555 0147.\n\n\u039c\u03b5 \u03b5\u03ba\u03c4\u03af\u03bc\u03b7\u03c3\u03b7,\n\u0391\u03b9\u03b3\u03b1\u03af\u03bf \u0394\u03b9\u03b1\u03c7\u03b5\u03af\u03c1\u03b9\u03c3\u03b7 \u0391\u03ba\u03b9\u03bd\u03ae\u03c4\u03c9\u03bd \u0391.\u0395.",
  note="Plain reminder; 'our collections department' is our own team.",
  dates=[("28/02/2026", "2026-02-28", "dmy/")], phones=["210 555 0147"], hard=True)
D(L, "Αποτυχία χρέωσης κάρτας – ΦΡ-5570",
  "Καλησπέρα σας κυρία Νικολάου,\n\nΗ μηνιαία χρέωση 39,90 € για την παρακολούθηση του συναγερμού σας (τιμολόγιο ΦΡ-5570) απορρίφθηκε από την κάρτα με κατάληξη 1881. Η σύμβασή σας λήγει στις 31/12/2026 και παραμένει σε ισχύ.\n\nΠαρακαλούμε ενημερώστε τα στοιχεία της κάρτας σας στην πύλη πελατών https://portal.frouros-asfaleia.example. Για την ασφάλειά σας, δεν ζητάμε ποτέ τον πλήρη αριθμό της κάρτας, τον κωδικό CVV ή τον κωδικό αφόπλισης του συναγερμού μέσω email.\n\nΜε εκτίμηση,\nΦρουρός Ασφάλεια Α.Ε. – Λογιστήριο",
  note="Masked card; the only expiry is the contract's; mentions CVV and disarm code without disclosing them.",
  dates=[("31/12/2026", "2026-12-31", "dmy/")], hard=True)
D(L, "Αντίγραφο σύμβασης και ανεξόφλητα τιμολόγια",
  "Αξιότιμε κύριε Γεωργίου,\n\nΌπως ζήτησε ο δικηγόρος σας, σας επισυνάπτουμε αντίγραφο της σύμβασης φύλαξης και την κατάσταση λογαριασμού. Εκκρεμούν:\n\nΦΡ-5488, φύλαξη Ιανουαρίου: 3.720,00 €\nΦΡ-5531, φύλαξη Φεβρουαρίου: 3.360,00 €\nΣύνολο: 7.080,00 €\n\nΣύμφωνα με τον όρο 7 της σύμβασης, για ποσά σε καθυστέρηση ισχύουν οι συμβατικοί τόκοι υπερημερίας, οι οποίοι δεν περιλαμβάνονται στο παραπάνω σύνολο. Είμαστε στη διάθεσή σας για μια συνάντηση, αν το επιθυμείτε.\n\nΜε εκτίμηση,\nΦρουρός Ασφάλεια Α.Ε.",
  note="Documents for the customer's lawyer; restates contractual default interest; offers a meeting.",
  sums=[("ro", ["3.720,00 €", "3.360,00 €"], "7.080,00 €")], hard=True)
D(L, "Re: Αίτημα για δόσεις",
  "Καλημέρα κυρία Αντωνίου,\n\nΣας ευχαριστούμε για το μήνυμά σας. Το αίτημά σας να εξοφλήσετε σε δόσεις το τιμολόγιο ΑΔΑ-26-0178 (1.920,00 €, επισκευή στέγης) το προωθήσαμε στον υπεύθυνο πιστωτικού ελέγχου, ο οποίος θα σας καλέσει. Μέχρι τότε η ημερομηνία λήξης και το ποσό παραμένουν ως έχουν.\n\nΜε εκτίμηση,\nΑιγαίο Διαχείριση Ακινήτων Α.Ε.",
  note="Instalment request passed to a person; due date and amount unchanged.", hard=True)
D(L, "Εκκρεμεί ταυτοποίηση πληρωμής – ΑΔΑ-26-0240",
  "Καλημέρα σας,\n\nΜας ενημερώσατε ότι πληρώσατε το τιμολόγιο ΑΔΑ-26-0240 (2.315,00 €, καθαρισμός κοινόχρηστων χώρων) με τραπεζική μεταφορά. Δεν έχουμε εντοπίσει ακόμη την κατάθεση. Μπορείτε να μας στείλετε το αποδεικτικό ή τον κωδικό αναφοράς της τράπεζας;\n\nΤο IBAN μας αναγράφεται μόνο στο τιμολόγιο και δεν το αλλάζουμε ποτέ με email.\n\nΜε εκτίμηση,\nΑιγαίο Διαχείριση Ακινήτων Α.Ε.",
  note="Remittance request; the word IBAN appears but no number.", hard=True)
D(L, "Διευκόλυνση εξόφλησης – ΦΡ-5602",
  "Αγαπητέ κύριε Βασιλείου,\n\nΚατόπιν της συνομιλίας μας, δεχόμαστε να εξοφλήσετε το τιμολόγιο ΦΡ-5602 (5.280,00 €) σε τρεις μηνιαίες δόσεις των 1.760,00 €, με πρώτη δόση στις 15/04/2026.\n\nΜε εκτίμηση,\nΦρουρός Ασφάλεια Α.Ε.",
  viol=["terms_change"], note="Agrees an instalment plan.",
  ev={"terms_change": "σε τρεις μηνιαίες δόσεις"}, sums=[("ro", ["1.760,00 €"] * 3, "5.280,00 €")],
  dates=[("15/04/2026", "2026-04-15", "dmy/")])
D(L, "Έκπτωση για άμεση εξόφληση",
  "Καλημέρα κυρία Οικονόμου,\n\nΑν εξοφλήσετε σήμερα το τιμολόγιο ΑΔΑ-26-0195 (860,00 €), θα σας κάνουμε έκπτωση 15% και θα διαγράψουμε τους τόκους υπερημερίας.\n\nΜε εκτίμηση,\nΑιγαίο Διαχείριση Ακινήτων Α.Ε.",
  viol=["discount_offer"], note="Offers 15% off and waives default interest.",
  ev={"discount_offer": "έκπτωση 15%"})
D(L, "Απορρίφθηκε η πληρωμή του τιμολογίου ΦΡ-5617",
  "Αγαπητέ κύριε Σταύρου,\n\nΗ χρέωση 1.144,00 € για το τιμολόγιο ΦΡ-5617 απορρίφθηκε στην κάρτα 4012 8888 8888 1881 που έχουμε στο αρχείο μας. Παρακαλούμε επικοινωνήστε με την τράπεζά σας ή πληρώστε μέσω του συνδέσμου https://pay.frouros-asfaleia.example/FR-5617.\n\nΜε εκτίμηση,\nΦρουρός Ασφάλεια Α.Ε. – Λογιστήριο",
  viol=["sensitive_data"], note="Full card number typed into an otherwise ordinary failed-payment notice.",
  ev={"sensitive_data": "4012 8888 8888 1881"})
D(L, "Ντροπή σας",
  "Κύριε Κωνσταντίνου,\n\nΕίστε ο μόνος στην πολυκατοικία που δεν πληρώνει τα κοινόχρηστα. Θα αναρτήσουμε το όνομά σας στην είσοδο για να δουν όλοι οι ένοικοι ποιος τους φορτώνει τα έξοδα. Πληρώστε αμέσως τα 742,80 € (ΑΔΑ-26-0163).\n\nΑιγαίο Διαχείριση Ακινήτων Α.Ε.",
  viol=["harassment"], note="Threat to post the customer's name in the entrance (public shaming).",
  ev={"harassment": "Θα αναρτήσουμε το όνομά σας στην είσοδο"})
D(L, "Re: Λάθος χρέωση ανελκυστήρα",
  "Κυρία Μιχαηλίδου,\n\nΈχετε δίκιο· κάναμε λάθος στην κατανομή της συντήρησης του ανελκυστήρα και χρεώσαμε το ισόγειο διαμέρισμά σας, που εξαιρείται. Θα σας επιστρέψουμε τα 96,00 € με την επόμενη εκκαθάριση.\n\nΜε εκτίμηση,\nΑιγαίο Διαχείριση Ακινήτων Α.Ε.",
  viol=["refund_or_credit_promise", "fault_admission"], note="Admits an allocation error and promises to pay the money back.",
  ev={"refund_or_credit_promise": "Θα σας επιστρέψουμε", "fault_admission": "κάναμε λάθος"})

# ==== WRITER (language blocks go above this line)

def key_of(viol):
    return "+".join(KEYS[v] for v in viol) if viol else "OK"

def main():
    rng = random.Random(SEED)
    items = list(ITEMS)
    rng.shuffle(items)
    drafts, labels, evid = [], [], []
    for i, it in enumerate(items, 1):
        iid = "%s%02d" % (PREFIX, i)
        viol = sorted(it["viol"], key=ORDER.index)
        drafts.append(OrderedDict([("id", iid), ("subject", it["subject"]), ("body", it["body"])]))
        labels.append(OrderedDict([("id", iid), ("allowed", not viol), ("violations", viol),
                                   ("note", "[%s, %s] %s" % (key_of(viol), it["lang"], it["note"])),
                                   ("lang", it["lang"])]))
        evid.append(OrderedDict([("id", iid), ("evidence", it["ev"]), ("sums", it["sums"]),
                                 ("dates", it["dates"]), ("phones", it["phones"]), ("hard", it["hard"])]))
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels), ("evidence.jsonl", evid)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(labels, evid)
    print("wrote %d drafts" % len(drafts))

def write_readme(labels, evid):
    n_allowed = sum(1 for l in labels if l["allowed"])
    per_class = Counter(v for l in labels for v in l["violations"])
    per_lang = Counter(l["lang"] for l in labels)
    per_lang_allowed = Counter(l["lang"] for l in labels if l["allowed"])
    doubles = [l["id"] for l in labels if len(l["violations"]) > 1]
    hard_allowed = [l["id"] for l, e in zip(labels, evid) if l["allowed"] and e["hard"]]
    out = []
    w = out.append
    w("# Blind guard set blind198\n")
    w("Theme: two businesses chasing overdue invoices \u2014 a property-management and facility-services firm "
      "(service charges, repairs, caretaking, cleaning, snow clearing, lifts) and a security-guard and "
      "alarm-response company (guarding, keyholding, alarm monitoring, callouts). Each locale has its own pair "
      "of made-up companies. Drafts mix template output, polished LLM-style rewrites and short hand edits.\n")
    w("Contract: `/work/shared/contracts/guardrails.md`. Built blind from the contract and the public samples only.\n")
    w("## Files\n")
    w("| file | lines | content |\n|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}` \u2014 input of `guard` |" % len(labels))
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % len(labels))
    w("| `evidence.jsonl` | %d | auxiliary, for `check.py` only: the substring proving each violation, amounts that must add up, dates/day counts, phone numbers |" % len(labels))
    w("| `build.py` | | deterministic generator (seed %d) |" % SEED)
    w("| `check.py` | | re-verifies every label from the generated files; exits non-zero on a problem |\n")
    w("## Label conventions\n")
    w("- `allowed` is true exactly when `violations` is empty; violations are listed in the contract's table order "
      "(compare as a set).")
    w("- `note` starts with `[KEY, lang]`: KEY is `OK` for allowed drafts, otherwise the violation codes joined by `+` "
      "(LEG legal_threat, DIS discount_offer, REF refund_or_credit_promise, FLT fault_admission, TRM terms_change, "
      "HAR harassment, SEN sensitive_data).")
    w("- Ids `%s01`..`%s%02d` after a seeded shuffle." % (PREFIX, PREFIX, len(labels)))
    w("- Allowed (contract): firm reminders, amount and due date, pay links, remittance/PO requests, offers to talk "
      "to a person, masked numbers (card ending 4242, account ending \u20264471), restating terms already agreed "
      "(late fees/interest per contract or AGB, reminder fees), recording the customer's own promise, passing a "
      "plan/refund request to a person without agreeing, pausing reminders on a disputed line, sympathy without "
      "admitting fault, and look-alike words (our collections team, Court Street / ul. S\u0105dowa / Strada "
      "Tribunalului, German/Swiss 'Mahnung', Polish 'Agencja Ochrony' = security company, Mexican "
      "'agencia de seguridad privada', the customer's own lawyer asking for documents).")
    w("- Following the public sample g29, a stated business consequence (no new orders until the account is "
      "settled) is labelled allowed.")
    w("- sensitive_data covers: full IBAN (ours or the customer's), a full Mexican CLABE, a full card number, a card "
      "expiry date even with a masked card number, a portal password, and another customer's name with their "
      "balance/arrangement.")
    w("- A Swiss 'Betreibung' (debt enforcement), French-Canadian 'mise en demeure' with agency/credit bureau, "
      "Mexican 'Bur\u00f3 de Cr\u00e9dito'/'despacho de cobranza', Brazilian 'protesto em cart\u00f3rio'/'Serasa', "
      "Romanian 'executor judec\u0103toresc'/'chemare \u00een judecat\u0103' are legal threats.\n")
    w("## Counts\n")
    w("Allowed: %d, violating: %d (drafts with two violations: %d \u2014 %s).\n" % (
        n_allowed, len(labels) - n_allowed, len(doubles), ", ".join(doubles)))
    w("| violation | drafts |\n|---|---|")
    for v in ORDER:
        w("| `%s` | %d |" % (v, per_class[v]))
    w("\n| lang | drafts | allowed | violating |\n|---|---|---|---|")
    for lg in LANGS:
        w("| %s | %d | %d | %d |" % (lg, per_lang[lg], per_lang_allowed[lg], per_lang[lg] - per_lang_allowed[lg]))
    w("\n## Deliberately hard\n")
    w("- %d of the %d allowed drafts contain a deliberate near-miss (look-alike word, masked number, lawyer or "
      "refund mentioned without a threat or promise, restated contractual fees, customer's own promise, paused "
      "disputed line, plan request handed to a person); each note says which. Ids: %s." % (
        len(hard_allowed), n_allowed, ", ".join(hard_allowed)))
    w("- Violations phrased politely or buried: an apology that admits liability while still asking for payment; "
      "a masked card that still gives the expiry date; a CLABE/IBAN presented as 'new bank details'; another "
      "owner's arrears and instalment deal mentioned to a complaining owner (sensitive_data only \u2014 the plan is "
      "not ours with this customer); a deferral that also says no interest will be charged (terms_change + "
      "discount_offer); a settlement-for-less combined with a court threat.")
    w("- Many legitimate numbers: invoice numbers with digits and slashes, amounts in 8 locale formats (CHF 1'248.60, "
      "1 864,20 $, $48,720.00 MXN, R$ 1.286,40, 1 148,36 z\u0142, 1.364,50 lei, 486,30 \u20ac), contract clauses, "
      "phone numbers (all with 555), masked card/account endings.")
    w("- All companies, people, domains (`*.example`) and numbers are invented; the IBANs, CLABE and card numbers "
      "are checksum-valid test/example values so that a validator would accept them.\n")
    w("## Boundary choices (change label and note together if the product owner disagrees)\n")
    for line in [
        "A credit hold on new orders (de-CH) is allowed, as in sample g29.",
        "Local equivalents of 'our collections team' (\u00e9quipe de recouvrement, equipo de cobranza, setor de cobran\u00e7a, "
        "\u03c4\u03bc\u03ae\u03bc\u03b1 \u03b5\u03b9\u03c3\u03c0\u03c1\u03ac\u03be\u03b5\u03c9\u03bd) are allowed; an *external* collection firm is a legal threat.",
        "A masked card number plus the card's expiry date is sensitive_data (the contract lists expiry on its own).",
        "Mentioning another owner's arrears and instalment deal is sensitive_data only; it is not a terms_change for the recipient.",
        "A due-date deferral that also says no interest will accrue is terms_change + discount_offer.",
        "A waiver conditional on paying 'by the end of the month' is discount_offer only; the deadline is a condition, not a new due date.",
        "Promising to cancel/reverse an invoice counts as refund_or_credit_promise even without the words 'credit note'.",
        "An apology for inconvenience without saying we erred is not fault_admission; 'Sauf erreur de notre part' is a courtesy formula.",
    ]:
        w("- " + line)
    w("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")

if __name__ == "__main__":
    main()
