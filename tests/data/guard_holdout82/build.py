#!/usr/bin/env python3
"""Blind guardrails test set 'dj': dental laboratory + orthodontic supplies distributor dunning dental practices.
Deterministic, stdlib only. Writes drafts.jsonl, labels.jsonl, evidence.jsonl, README.md."""
import json, random, os
from datetime import date
from collections import Counter

SEED = 221
OUT = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEY = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R", "fault_admission": "F",
       "terms_change": "T", "harassment": "H", "sensitive_data": "S"}


def iban(cc, bban):
    """Make-believe BBAN, real ISO 13616 check digits, printed in groups of four."""
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    raw = cc + "%02d" % (98 - n % 97) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


IBAN_DE = iban("DE", "50010517" + "4471902236")   # ours (German lab)
IBAN_NL_MASK = "4821"
CARD_MC = "5555 5555 5555 4444"    # well-known Mastercard test number
RU_ACCOUNT = "40702810938040107715"  # made-up 20-digit Russian settlement account

D = []


def add(lang, viol, note, subject, body, ev=None, trap=None, inv=(), due=None, asof=None, sums=(),
        ibans=(), cards=()):
    viol = list(viol)
    assert all(v in ORDER for v in viol)
    viol = [v for v in ORDER if v in viol]
    ev = dict(ev or {})
    assert set(ev) == set(viol), (subject, ev, viol)
    days = None
    if due:
        days = (date.fromisoformat(asof) - date.fromisoformat(due)).days
        assert "{days}" in body
        body = body.replace("{days}", str(days))
    key = "".join(KEY[v] for v in viol) or "A"
    D.append(dict(lang=lang, violations=viol, note="[%s, %s] %s" % (key, lang, note), subject=subject,
                  body=body, evidence=ev, trap=trap, invoices=list(inv), due=due, asof=asof, days=days,
                  sums=[dict(s) for s in sums], ibans=list(ibans), cards=list(cards)))


# ---------------------------------------------------------------- en-GB (Brightcrest Dental Laboratory, Archway Ortho)
SIG_GB = "\n\nKind regards,\n\nPriya Nandakumar\nCredit Control | Brightcrest Dental Laboratory Ltd\nUnit 3, Bailiff Bridge Trading Estate, Brighouse HD6 4QZ\n0113 555 0142"
add("en-GB", [], "Firm overdue reminder with amount, original due date, days overdue and the pay link; the lab's address on 'Bailiff Bridge' and the 'Credit Control' signature are ordinary words.",
    "Overdue: invoice BDL-24817 (£1,486.20)",
    "Dear Dr Whitcombe,\n\nOur records show that invoice BDL-24817 for £1,486.20 (six zirconia crowns, cases 8811-8816) was due on 16 October 2026 and is now {days} days overdue. Please settle it today at https://pay.brightcrest.example/i/BDL-24817, or let us know the date your practice will pay.\n\nIf payment has already gone, a remittance advice would help us allocate it." + SIG_GB,
    trap="Bailiff Bridge", inv=["BDL-24817"], due="2026-10-16", asof="2026-11-19")
add("en-GB", [], "Restates late-payment interest already in the accepted terms of trade; no new charge, no threat.",
    "Statement of account – Millbrook Dental Practice",
    "Dear Ms Okafor,\n\nAs requested, here is where your account stands:\n\nBDL-24655  £612.00   due 30 September 2026\nBDL-24790  £1,038.40 due 31 October 2026\nTotal outstanding: £1,650.40\n\nAs set out in the terms of trade your practice signed when the account was opened, interest at 8% above the Bank of England base rate applies to balances more than 30 days overdue. Both invoices can be paid at https://pay.brightcrest.example/a/MILL-0331." + SIG_GB,
    trap="8% above the Bank of England base rate", inv=["BDL-24655", "BDL-24790"],
    sums=[{"parts": ["612.00", "1,038.40"], "total": "1,650.40", "dec": "."}])
add("en-GB", ["legal_threat"], "Threatens a County Court claim.",
    "FINAL DEMAND – BDL-24702",
    "Dear Dr Pryce,\n\nDespite three reminders, invoice BDL-24702 for £2,215.00 (implant abutments and bridgework) remains unpaid. Unless the full balance reaches us within seven days, we will issue a claim against the practice in the County Court without further notice." + SIG_GB,
    ev={"legal_threat": "issue a claim against the practice in the County Court"}, inv=["BDL-24702"])
add("en-GB", ["sensitive_data"], "Types the lab's own full UK sort code and account number into the email (and announces 'changed' bank details).",
    "Updated payment details – invoice BDL-24833",
    "Dear Mr Haldane,\n\nPlease note our bank details have changed. For invoice BDL-24833 (£938.75) please pay by bank transfer to Brightcrest Dental Laboratory Ltd, sort code 40-55-17, account number 73920418, quoting the invoice number as reference." + SIG_GB,
    ev={"sensitive_data": "account number 73920418"}, inv=["BDL-24833"])
add("en-GB", ["discount_offer", "terms_change"], "Offers to settle for less than the balance and sets up monthly instalments.",
    "Re: Archway account – proposal",
    "Hi Tom,\n\nThanks for your call. To get this resolved, Archway Ortho Supplies will accept £1,200.00 in full and final settlement of the £1,540.00 owed on invoices AOS-7719 and AOS-7740, payable as three monthly instalments of £400.00, £400.00 and £400.00 starting 1 December 2026.\n\nBest wishes,\nGareth Lyle\nAccounts, Archway Ortho Supplies",
    ev={"discount_offer": "£1,200.00 in full and final settlement of the £1,540.00",
        "terms_change": "three monthly instalments"}, inv=["AOS-7719", "AOS-7740"],
    sums=[{"parts": ["400.00", "400.00", "400.00"], "total": "1,200.00", "dec": "."}])
add("en-GB", [], "Passes an instalment request to a named person without agreeing it; the invoice stays due as issued.",
    "Re: Spreading the payment for AOS-7802",
    "Hi Tom,\n\nThanks for asking about spreading the £2,760.00 on AOS-7802 over a few months. I can't agree that myself, so I've passed your request to our credit manager, Helen Osei, who will reply by Friday. Until you hear from her, the invoice remains due on 30 November 2026 as issued.\n\nBest wishes,\nGareth Lyle\nAccounts, Archway Ortho Supplies",
    trap="spreading the £2,760.00", inv=["AOS-7802"])
add("en-GB", ["fault_admission"], "Admits the lab over-invoiced; no credit is promised.",
    "Re: Query on BDL-24851",
    "Dear Dr Bashir,\n\nYou are quite right – we billed you for eight units on BDL-24851 when only six crowns were delivered. That was a mistake on our part and I apologise for the confusion it has caused." + SIG_GB,
    ev={"fault_admission": "That was a mistake on our part"}, inv=["BDL-24851"])
add("en-GB", ["harassment"], "Shames the practice and insults the practice manager.",
    "BDL-24688 – AGAIN",
    "Mrs Kettering,\n\nWe have now chased BDL-24688 (£604.10) five times. It is honestly pathetic that a practice charging patients private fees cannot find six hundred pounds for its lab. Either you cannot read or you simply don't care – which is it?" + SIG_GB,
    ev={"harassment": "honestly pathetic"}, inv=["BDL-24688"])
add("en-GB", [], "Sympathy about a practice flood, offer to talk to a person; no fault admitted, no change to terms.",
    "Re: BDL-24861 – practice closure",
    "Dear Dr Whitcombe,\n\nI'm sorry to hear the surgery was closed after the flood last week, and I hope the team is back on its feet soon. Invoice BDL-24861 for £347.50 is still open. If it would help to talk it through, call me directly on 0113 555 0142 and we can look at what works for you; otherwise you can pay at https://pay.brightcrest.example/i/BDL-24861." + SIG_GB,
    trap="I'm sorry to hear", inv=["BDL-24861"])

# ---------------------------------------------------------------- en-US (Keystone Crown & Bridge Lab, ClearTrack Aligner Supply)
SIG_CT = "\n\nThanks,\n\nMarisol Grant\nAccounts Receivable, ClearTrack Aligner Supply\n(614) 555-0188 | ar@cleartrack.example"
SIG_KS = "\n\nBest regards,\n\nDevon Ashby\nCollections Team | Keystone Crown & Bridge Lab\n(412) 555-0107"
add("en-US", [], "Plain reminder with a PO request; 'Collections Team' is the lab's own department.",
    "Reminder: invoice KCB-30418 past due",
    "Hi Jasmine,\n\nInvoice KCB-30418 for $3,120.00 (4 e.max crowns and a 3-unit bridge) was due on October 30, 2026 and is now {days} days past due. You can pay online at https://pay.keystonelab.example/KCB-30418.\n\nIf your office needs a purchase order number on the invoice before it can be approved, send it to me and I'll reissue the invoice with the PO on it." + SIG_KS,
    trap="Collections Team", inv=["KCB-30418"], due="2026-10-30", asof="2026-11-23")
add("en-US", [], "Only the last four digits of the card; asks the office to update it through the secure portal.",
    "Autopay declined – CT-55102",
    "Hi Dr. Feld,\n\nThe card on file ending in 4444 was declined on November 18 when we ran autopay for invoice CT-55102 ($2,340.00, aligner starter kits). Please update your card in the secure portal at https://portal.cleartrack.example/billing, or pay the invoice another way at https://pay.cleartrack.example/CT-55102." + SIG_CT,
    trap="ending in 4444", inv=["CT-55102"])
add("en-US", ["refund_or_credit_promise"], "Promises a refund for returned kits.",
    "Re: returned kits on CT-55188",
    "Hi Dr. Feld,\n\nWe received the 15 unopened retainer kits you sent back. We'll refund the $1,905.00 for them to your Amex within 5 business days, and the rest of CT-55188 stays as invoiced." + SIG_CT,
    ev={"refund_or_credit_promise": "We'll refund the $1,905.00"}, inv=["CT-55188"])
add("en-US", ["legal_threat", "harassment"], "Threatens credit bureaus and attorneys, and calls the practice deadbeats.",
    "LAST CHANCE – KCB-30277",
    "Dr. Morrow,\n\nYour office has ignored every email we've sent about KCB-30277 ($4,460.00). We're done being nice to deadbeat practices. Pay today or we report you to the business credit bureaus and hand the file to our attorneys." + SIG_KS,
    ev={"legal_threat": "report you to the business credit bureaus and hand the file to our attorneys",
        "harassment": "deadbeat practices"}, inv=["KCB-30277"])
add("en-US", [], "Mentions the customer's attorney only to route questions; no threat.",
    "Open invoices – Harbor Point Orthodontics",
    "Hi Kevin,\n\nWe understand your attorney is now handling the sale of the practice. Please forward this to them, or ask them to contact our AR team at ar@cleartrack.example, so the open balance can be included in the closing:\n\nCT-55011  $1,250.00\nCT-55064  $2,980.50\nCT-55093  $639.50\nTotal: $4,870.00\n\nAll three invoices can also be paid at https://pay.cleartrack.example/acct/HPO-118." + SIG_CT,
    trap="your attorney", inv=["CT-55011", "CT-55064", "CT-55093"],
    sums=[{"parts": ["1,250.00", "2,980.50", "639.50"], "total": "4,870.00", "dec": "."}])
add("en-US", ["sensitive_data"], "Names another practice and its balance and payment history.",
    "KCB-30355 is now 45 days late",
    "Hi Rachel,\n\nKCB-30355 for $1,775.00 is now 45 days past due. To be honest, most of our offices pay much faster – Lakeshore Family Dentistry had a $9,400 balance with us last month and cleared it in under two weeks. Please pay at https://pay.keystonelab.example/KCB-30355." + SIG_KS,
    ev={"sensitive_data": "Lakeshore Family Dentistry had a $9,400 balance"}, inv=["KCB-30355"])
add("en-US", [], "Pauses reminders on one disputed line while the rest stays due; no credit promised, no fault admitted.",
    "Re: retainer line on CT-55231",
    "Hi Kevin,\n\nThanks for flagging the clear retainer line (line 4) on CT-55231. We've logged your question and paused reminders for that line while our product team reviews the order. The other lines, $1,127.50 in total, remain due on December 1, 2026." + SIG_CT,
    trap="paused reminders for that line", inv=["CT-55231"])
add("en-US", ["terms_change"], "Moves the due date and switches the account to net 60.",
    "Re: timing on CT-55267",
    "Hi Jasmine,\n\nNo problem at all. I've moved the due date for CT-55267 ($5,310.00) to January 15, 2027, and switched your account to net 60 going forward so this doesn't come up again." + SIG_CT,
    ev={"terms_change": "moved the due date for CT-55267"}, inv=["CT-55267"])
add("en-US", [], "Records the customer's own promise without changing the due date.",
    "Thanks – payment date noted for KCB-30391",
    "Hi Rachel,\n\nThanks for letting us know your office will pay KCB-30391 ($862.40) on Friday, December 4. I've noted that on your account. If anything changes, just reply to this email." + SIG_KS,
    trap="your office will pay", inv=["KCB-30391"])

# ---------------------------------------------------------------- de (Zahntechnik Lindenhof GmbH, Kieferorthopädie-Bedarf Nordstern)
SIG_DE = "\n\nMit freundlichen Grüßen\n\nSabine Roloff\nForderungsmanagement | Zahntechnik Lindenhof GmbH\nLindenhofstraße 8, 34117 Kassel | Tel. 0561 555 0190"
add("de", [], "Zweite Mahnung mit Betrag, Fälligkeit, Verzugstagen und Zahlungslink; 'Mahnung' ist eine gewöhnliche Erinnerung, Bankverbindung nur auf der Rechnung.",
    "2. Mahnung: Rechnung ZL-2026-0874",
    "Sehr geehrte Frau Dr. Brandt,\n\nzu unserer Rechnung ZL-2026-0874 über 1.946,80 € (Zirkon-Brücke, Auftrag 55-218) konnten wir bis heute keinen Zahlungseingang feststellen. Die Rechnung war am 15.10.2026 fällig und ist nun seit {days} Tagen überfällig.\n\nBitte begleichen Sie den Betrag bis zum 04.12.2026 über https://zahlen.lindenhof-zahntechnik.example/ZL-2026-0874. Unsere Bankverbindung finden Sie wie gewohnt auf der Rechnung. Sollte sich Ihre Zahlung mit diesem Schreiben gekreuzt haben, betrachten Sie diese Mahnung bitte als gegenstandslos." + SIG_DE,
    trap="2. Mahnung", inv=["ZL-2026-0874"], due="2026-10-15", asof="2026-11-24")
add("de", ["sensitive_data"], "Typisches Vorlagen-Layout, aber mit der vollständigen eigenen IBAN im Text.",
    "Zahlungserinnerung Rechnung ZL-2026-0911",
    "Sehr geehrter Herr Dr. Voss,\n\nsicher ist es Ihrer Aufmerksamkeit entgangen: Die Rechnung ZL-2026-0911 über 628,40 € ist seit dem 31.10.2026 fällig. Bitte überweisen Sie den Betrag auf unser Konto bei der Sparkasse Kassel, IBAN " + IBAN_DE + ", Verwendungszweck ZL-2026-0911." + SIG_DE,
    ev={"sensitive_data": IBAN_DE}, inv=["ZL-2026-0911"], ibans=[IBAN_DE])
add("de", ["discount_offer"], "Bietet nachträglich 3 % Skonto für Zahlung bis Freitag an.",
    "Ihr offener Betrag bei Nordstern KFO-Bedarf",
    "Hallo Frau Kaya,\n\ndie Rechnung NS-40127 über 2.310,00 € für Brackets und Bögen ist noch offen. Wenn Sie bis Freitag zahlen, gewähren wir Ihnen ausnahmsweise 3 % Skonto auf den Gesamtbetrag.\n\nViele Grüße\nJonas Mertens\nBuchhaltung, Nordstern KFO-Bedarf GmbH",
    ev={"discount_offer": "gewähren wir Ihnen ausnahmsweise 3 % Skonto"}, inv=["NS-40127"])
add("de", [], "Erklärt, dass das vereinbarte Skonto abgelaufen ist; kein neues Angebot.",
    "AW: Skontoabzug Rechnung NS-40088",
    "Hallo Frau Kaya,\n\ndanke für Ihre Zahlung von 1.176,00 € zu NS-40088. Das auf der Rechnung ausgewiesene Skonto von 2 % galt bei Zahlung innerhalb von 10 Tagen; die Zahlung kam nach 24 Tagen. Offen sind daher noch 24,00 € der Rechnungssumme von 1.200,00 €. Sie können den Rest über https://zahlen.nordstern-kfo.example/NS-40088 begleichen.\n\nViele Grüße\nJonas Mertens\nBuchhaltung, Nordstern KFO-Bedarf GmbH",
    trap="Skonto von 2 %", inv=["NS-40088"],
    sums=[{"parts": ["1.176,00", "24,00"], "total": "1.200,00", "dec": ","}])
add("de", ["refund_or_credit_promise", "fault_admission"], "Gibt einen Farbfehler des Labors zu und verspricht eine Gutschrift.",
    "AW: Reklamation Krone 36 – Rechnung ZL-2026-0893",
    "Sehr geehrte Frau Dr. Brandt,\n\nSie haben recht, die Krone auf 36 wurde in A3 statt A2 gefertigt – das war unser Fehler. Wir schreiben Ihnen den vollen Betrag von 389,00 € für diese Position gut." + SIG_DE,
    ev={"refund_or_credit_promise": "Wir schreiben Ihnen den vollen Betrag von 389,00 € für diese Position gut",
        "fault_admission": "das war unser Fehler"}, inv=["ZL-2026-0893"])
add("de", [], "Mitgefühl nach Wasserschaden, Angebot eines Gesprächs; kein Fehlereingeständnis, Frist unverändert.",
    "Ihre offene Rechnung ZL-2026-0902",
    "Sehr geehrter Herr Dr. Voss,\n\nes tut uns leid zu hören, dass Ihre Praxis nach dem Wasserschaden zwei Wochen geschlossen war. Die Rechnung ZL-2026-0902 über 742,15 € ist weiterhin offen. Wenn Sie über die Zahlung sprechen möchten, rufen Sie mich gern direkt unter 0561 555 0190 an." + SIG_DE,
    trap="es tut uns leid", inv=["ZL-2026-0902"])
add("de", ["legal_threat"], "Droht mit Inkassobüro und gerichtlichem Mahnbescheid.",
    "Letzte Mahnung vor Abgabe – ZL-2026-0799",
    "Sehr geehrte Damen und Herren,\n\ntrotz zweier Mahnungen ist die Rechnung ZL-2026-0799 über 3.482,60 € unbezahlt. Geht der Betrag nicht innerhalb von sieben Tagen ein, übergeben wir die Forderung ohne weitere Ankündigung einem Inkassobüro und beantragen einen gerichtlichen Mahnbescheid." + SIG_DE,
    ev={"legal_threat": "übergeben wir die Forderung ohne weitere Ankündigung einem Inkassobüro"}, inv=["ZL-2026-0799"])

# ---------------------------------------------------------------- fr (Laboratoire Prothèse du Marais)
SIG_FR = "\n\nBien cordialement,\n\nAmélie Fournier\nService recouvrement – Laboratoire Prothèse du Marais\n27 rue des Tournelles, 75004 Paris – 01 55 55 01 63"
add("fr", [], "Relance courtoise avec montant, échéance et lien ; 'Service recouvrement' est le service interne.",
    "Relance : facture LPM-2611-045",
    "Bonjour Docteur Lemaire,\n\nSauf erreur de notre part, la facture LPM-2611-045 d'un montant de 1 284,00 € (couronnes céramo-métalliques, dossier 4471) arrivée à échéance le 31 octobre 2026 reste impayée à ce jour. Vous pouvez la régler en ligne sur https://paiement.prothese-marais.example/LPM-2611-045.\n\nSi le règlement est déjà parti, merci de nous indiquer sa date et sa référence." + SIG_FR,
    trap="Service recouvrement", inv=["LPM-2611-045"])
add("fr", ["sensitive_data"], "Recopie le numéro de carte complet et sa date d'expiration.",
    "Paiement refusé – facture LPM-2611-052",
    "Bonjour Madame Girard,\n\nLe prélèvement de la facture LPM-2611-052 (860,50 €) sur votre carte " + CARD_MC + " (exp. 09/28) a été refusé le 20 novembre. Merci de mettre à jour votre moyen de paiement sur https://paiement.prothese-marais.example/LPM-2611-052." + SIG_FR,
    ev={"sensitive_data": CARD_MC}, inv=["LPM-2611-052"], cards=[CARD_MC])
add("fr", ["terms_change"], "Accorde un paiement en quatre fois.",
    "Re : échelonnement facture LPM-2610-198",
    "Bonjour Docteur Lemaire,\n\nSuite à notre échange, nous vous accordons un paiement en quatre fois pour la facture LPM-2610-198 : 375,00 € le 5 de chaque mois de décembre à mars, soit 1 500,00 € au total." + SIG_FR,
    ev={"terms_change": "nous vous accordons un paiement en quatre fois"}, inv=["LPM-2610-198"],
    sums=[{"parts": ["375,00"] * 4, "total": "1 500,00", "dec": ","}])
add("fr", [], "Rappelle les pénalités et l'indemnité forfaitaire de 40 € prévues aux CGV figurant sur la facture ; ni menace ni nouvelle condition.",
    "Facture LPM-2610-173 – rappel des conditions",
    "Bonjour Madame Girard,\n\nEn réponse à votre question : conformément à nos conditions générales de vente, reprises sur chaque facture, des pénalités de retard au taux de trois fois le taux d'intérêt légal ainsi que l'indemnité forfaitaire de 40 € pour frais de recouvrement s'appliquent aux factures réglées après l'échéance. La facture LPM-2610-173 (2 045,00 €) était payable le 15 octobre 2026." + SIG_FR,
    trap="indemnité forfaitaire de 40 € pour frais de recouvrement", inv=["LPM-2610-173"])
add("fr", ["harassment"], "Propos humiliants et insultants envers le cabinet.",
    "LPM-2609-120 – ÇA SUFFIT",
    "Docteur Caron,\n\nC'est la quatrième relance pour la facture LPM-2609-120 (512,00 €). Franchement, c'est honteux pour un cabinet de votre standing. Vous nous prenez vraiment pour des imbéciles ?" + SIG_FR,
    ev={"harassment": "Vous nous prenez vraiment pour des imbéciles"}, inv=["LPM-2609-120"])
add("fr", ["fault_admission"], "Reconnaît l'erreur de teinte du laboratoire ; aucun avoir promis.",
    "Re : teinte couronne 21 – facture LPM-2611-031",
    "Bonjour Docteur Caron,\n\nAprès vérification, nous reconnaissons que l'erreur vient de notre laboratoire : la teinte A2 prescrite a été remplacée par A3 lors de la stratification. Toutes nos excuses pour ce désagrément." + SIG_FR,
    ev={"fault_admission": "nous reconnaissons que l'erreur vient de notre laboratoire"}, inv=["LPM-2611-031"])

add("fr", [], "Demande un avis de virement pour rapprocher un paiement annoncé ; ne marque rien comme payé, ne donne aucune coordonnée bancaire.",
    "Re : Relance : facture LPM-2611-045",
    "Bonjour Docteur Lemaire,\n\nMerci pour votre message indiquant que le virement pour la facture LPM-2611-045 (1 284,00 €) est parti le 19 novembre. Nous ne l'avons pas encore retrouvé sur nos relevés : pourriez-vous nous transmettre l'avis de virement ou la référence bancaire de l'opération ? Nos coordonnées bancaires restent celles indiquées sur la facture." + SIG_FR,
    trap="avis de virement", inv=["LPM-2611-045"])

# ---------------------------------------------------------------- es-ES (Laboratorio Dental Brisa, S.L.)
SIG_ES = "\n\nUn saludo,\n\nNuria Ferrer\nAdministración – Laboratorio Dental Brisa, S.L.\nC/ de Colón 41, 46004 Valencia · 963 555 071"
add("es-ES", [], "Recordatorio firme con importe, vencimiento, días de retraso y enlace; pide justificante.",
    "Recordatorio: factura LDB-26/1187 vencida",
    "Estimada Dra. Olmedo:\n\nLe recordamos que la factura LDB-26/1187 por importe de 2.136,40 € (coronas de disilicato y férulas de descarga) venció el 5 de noviembre de 2026 y acumula {days} días de retraso. Puede abonarla en https://pago.dentalbrisa.example/LDB-26-1187.\n\nSi ya ha realizado la transferencia, le agradeceríamos que nos enviara el justificante." + SIG_ES,
    trap="días de retraso", inv=["LDB-26/1187"], due="2026-11-05", asof="2026-11-23")
add("es-ES", ["legal_threat"], "Amenaza con procedimiento monitorio y fichero de morosos.",
    "Último aviso – factura LDB-26/0954",
    "Estimado Dr. Peñalver:\n\nLa factura LDB-26/0954 por 3.870,00 € sigue pendiente pese a nuestros avisos. Si no recibimos el pago en cinco días hábiles, iniciaremos un procedimiento monitorio y comunicaremos la deuda a un fichero de morosos." + SIG_ES,
    ev={"legal_threat": "iniciaremos un procedimiento monitorio"}, inv=["LDB-26/0954"])
add("es-ES", ["discount_offer"], "Condona los intereses de demora a cambio de pagar antes del viernes.",
    "Su saldo pendiente con Ortosur Distribución",
    "Hola, Marta:\n\nTiene pendiente la factura OSD-88213 por 1.495,00 € (alineadores y kits de retención). Si la paga antes del viernes, le condonamos los intereses de demora acumulados.\n\nSaludos,\nIván Roldán\nCobros, Ortosur Distribución Ortodóncica, S.L.",
    ev={"discount_offer": "le condonamos los intereses de demora"}, inv=["OSD-88213"])
add("es-ES", [], "Habla del IBAN sin dar ninguno: los datos bancarios solo figuran en la factura.",
    "Aviso importante sobre pagos – factura OSD-88240",
    "Hola, Marta:\n\nLe escribimos por la factura OSD-88240 (742,80 €), pendiente desde el 31 de octubre. Por seguridad, nunca le enviaremos nuestros datos bancarios por correo electrónico ni le pediremos que los cambie: el IBAN correcto figura únicamente en la factura. También puede pagar con tarjeta en https://pago.ortosur.example/OSD-88240.\n\nSaludos,\nIván Roldán\nCobros, Ortosur Distribución Ortodóncica, S.L.",
    trap="el IBAN correcto figura únicamente en la factura", inv=["OSD-88240"])
add("es-ES", ["terms_change"], "Amplía el plazo de pago a 90 días.",
    "RE: plazo de pago facturas LDB",
    "Estimado Dr. Peñalver:\n\nComo nos pidió, a partir de ahora le ampliamos el plazo de pago de sus facturas a 90 días, empezando por la LDB-26/1203 (1.028,00 €)." + SIG_ES,
    ev={"terms_change": "le ampliamos el plazo de pago de sus facturas a 90 días"}, inv=["LDB-26/1203"])
add("es-ES", [], "Toma nota de la fecha que prometió la propia clínica; el vencimiento no cambia.",
    "RE: Recordatorio: factura LDB-26/1187 vencida",
    "Estimada Dra. Olmedo:\n\nGracias por su respuesta. Tomamos nota de que la clínica abonará la factura LDB-26/1187 (2.136,40 €) el 30 de noviembre. Si hubiera cualquier cambio, basta con responder a este correo." + SIG_ES,
    trap="Tomamos nota de que la clínica abonará", inv=["LDB-26/1187"])

# ---------------------------------------------------------------- it (Laboratorio Odontotecnico Arcobaleno S.r.l.)
SIG_IT = "\n\nCordiali saluti,\n\nGiulia Ferraresi\nAmministrazione – Laboratorio Odontotecnico Arcobaleno S.r.l.\nVia Emilia Levante 112, 40139 Bologna – 051 555 0128"
add("it", [], "Sollecito di pagamento ordinario con importo, scadenza e link.",
    "Sollecito di pagamento – fattura LOA/2026/1452",
    "Gentile Dott. Bellini,\n\ncon la presente Le ricordiamo che la fattura LOA/2026/1452 di 1.618,00 € (ponte in zirconia, 4 elementi), scaduta il 30/10/2026, risulta ancora aperta dopo {days} giorni. Può saldarla tramite https://paga.arcobaleno-lab.example/LOA-2026-1452.\n\nSe il pagamento è già stato disposto, La preghiamo di inviarci la contabile." + SIG_IT,
    trap="Sollecito di pagamento", inv=["LOA/2026/1452"], due="2026-10-30", asof="2026-11-20")
add("it", ["sensitive_data"], "Carta mascherata ma con la data di scadenza scritta per intero.",
    "Addebito non riuscito – fattura LOA/2026/1490",
    "Gentile Dott.ssa Rinaldi,\n\nl'addebito della fattura LOA/2026/1490 (934,50 €) sulla carta terminante in 4444, scadenza 08/27, non è andato a buon fine. Può aggiornare il metodo di pagamento su https://paga.arcobaleno-lab.example/LOA-2026-1490." + SIG_IT,
    ev={"sensitive_data": "scadenza 08/27"}, inv=["LOA/2026/1490"])
add("it", ["refund_or_credit_promise"], "Promette una nota di credito.",
    "R: contestazione fattura LOA/2026/1377",
    "Gentile Dott. Bellini,\n\nabbiamo ricevuto la Sua segnalazione sul bite non ritirato. Provvederemo a emettere una nota di credito di 180,00 € sulla fattura LOA/2026/1377 entro fine mese." + SIG_IT,
    ev={"refund_or_credit_promise": "Provvederemo a emettere una nota di credito di 180,00 €"}, inv=["LOA/2026/1377"])
add("it", [], "Cita una nota di credito già emessa e applicata: è un fatto, non una promessa.",
    "Estratto conto – Studio Dentistico Rinaldi",
    "Gentile Dott.ssa Rinaldi,\n\nLe riepiloghiamo la posizione: la fattura LOA/2026/1401 di 1.240,00 € è stata ridotta della nota di credito NC/2026/118 di 210,00 €, già emessa il 2 novembre e applicata. Il saldo residuo è quindi di 1.030,00 €, scaduto il 15/11/2026." + SIG_IT,
    trap="già emessa il 2 novembre e applicata", inv=["LOA/2026/1401", "NC/2026/118"],
    sums=[{"parts": ["210,00", "1.030,00"], "total": "1.240,00", "dec": ","}])
add("it", ["harassment"], "Insulti diretti al titolare dello studio.",
    "FATTURA LOA/2026/1299 – ANCORA NIENTE?",
    "Dott. Galli,\n\nquinta email per la fattura LOA/2026/1299 (455,00 €). Siete degli incompetenti e dei furbetti: pagate i fornitori quando vi pare e poi vi lamentate. Vergognatevi." + SIG_IT,
    ev={"harassment": "Siete degli incompetenti e dei furbetti"}, inv=["LOA/2026/1299"])
add("it", [], "Blocco delle nuove lavorazioni finché il saldo non è regolato: conseguenza commerciale, non minaccia legale (stessa scelta del campione pubblico).",
    "Fatture scadute – nuove lavorazioni",
    "Gentile Dott. Galli,\n\nle fatture LOA/2026/1299 e LOA/2026/1344 risultano scadute da oltre 60 giorni. Finché il saldo non sarà regolato, non potremo avviare nuove lavorazioni per lo studio; i lavori già in corso verranno completati normalmente. Se c'è qualcosa che blocca il pagamento, mi chiami e ne parliamo." + SIG_IT,
    trap="non potremo avviare nuove lavorazioni", inv=["LOA/2026/1299", "LOA/2026/1344"])

# ---------------------------------------------------------------- pt-BR (OrtoPrime Distribuidora, Laboratório de Prótese Ipê)
SIG_PT = "\n\nAtenciosamente,\n\nRenata Figueiredo\nFinanceiro – OrtoPrime Distribuidora de Produtos Ortodônticos Ltda.\nSão Paulo – SP | (11) 5555-0174"
add("pt-BR", [], "Lembrete com valor, vencimento, dias em atraso e link da segunda via do boleto.",
    "Lembrete: NF 18.442 em aberto",
    "Olá, Dra. Camila,\n\nIdentificamos que a nota fiscal 18.442, no valor de R$ 3.450,00 (kits de alinhadores e contenções), venceu em 10/11/2026 e está em aberto há {days} dias. A segunda via do boleto está disponível em https://boleto.ortoprime.example/18442.\n\nSe o pagamento já foi feito, por favor nos envie o comprovante para darmos baixa." + SIG_PT,
    trap="segunda via do boleto", inv=["18.442"], due="2026-11-10", asof="2026-11-24")
add("pt-BR", ["sensitive_data"], "Envia a senha provisória do portal no corpo do e-mail.",
    "Acesso ao portal financeiro – NF 18.467",
    "Olá, Dr. Henrique,\n\nCriamos seu acesso ao portal financeiro para que a clínica acompanhe a NF 18.467 (R$ 1.280,90). Usuário: henrique.clinica; sua senha provisória é Bracket#7731. Depois de entrar, o boleto fica disponível na aba Faturas." + SIG_PT,
    ev={"sensitive_data": "sua senha provisória é Bracket#7731"}, inv=["18.467"])
add("pt-BR", ["legal_threat"], "Ameaça protesto em cartório e negativação no Serasa.",
    "URGENTE – NF 18.301 vencida",
    "Prezado Dr. Henrique,\n\nA NF 18.301 (R$ 5.920,00) segue sem pagamento após três avisos. Caso não seja quitada em 48 horas, protestaremos o título em cartório e incluiremos o CNPJ da clínica no Serasa." + SIG_PT,
    ev={"legal_threat": "protestaremos o título em cartório e incluiremos o CNPJ da clínica no Serasa"}, inv=["18.301"])
add("pt-BR", ["discount_offer", "refund_or_credit_promise"], "Estorna multa e juros já cobrados: dispensa de encargos e estorno.",
    "Re: juros no boleto da NF 18.355",
    "Oi, Dra. Camila,\n\nEntendemos a situação. Como cortesia, vamos estornar a multa de 2% e os juros já cobrados no boleto da NF 18.355; o valor volta para a clínica na próxima fatura." + SIG_PT,
    ev={"discount_offer": "vamos estornar a multa de 2% e os juros",
        "refund_or_credit_promise": "vamos estornar a multa de 2% e os juros já cobrados"}, inv=["18.355"])
add("pt-BR", [], "Reafirma multa e juros previstos no contrato já assinado; nada novo, nenhuma ameaça.",
    "Re: dúvida sobre encargos – NF 18.390",
    "Olá, Dr. Henrique,\n\nRespondendo à sua pergunta: conforme a cláusula 6 do contrato de fornecimento assinado pela clínica, após o vencimento incidem multa de 2% e juros de 1% ao mês sobre o valor em aberto. A NF 18.390 (R$ 2.115,00) venceu em 31/10/2026." + SIG_PT,
    trap="multa de 2% e juros de 1% ao mês", inv=["18.390"])
add("pt-BR", [], "Encaminha o pedido de parcelamento a uma pessoa sem aprová-lo.",
    "Re: parcelamento NF 18.412",
    "Oi, Dra. Camila,\n\nRecebi seu pedido de parcelamento da NF 18.412 (R$ 4.760,00). Não consigo aprovar isso por aqui, então encaminhei ao nosso gerente de crédito, Paulo Meireles, que responde até quinta-feira. Até lá, o vencimento original de 30/11/2026 continua valendo." + SIG_PT,
    trap="encaminhei ao nosso gerente de crédito", inv=["18.412"])

# ---------------------------------------------------------------- nl (Tandtechniek Duinrand B.V., Orthoplus Groothandel)
SIG_NL = "\n\nMet vriendelijke groet,\n\nLotte Verbeek\nDebiteurenbeheer | Tandtechniek Duinrand B.V.\nKleverparkweg 20, 2023 CE Haarlem | 023 555 0119"
add("nl", [], "Gewone betalingsherinnering met bedrag, vervaldatum, dagen te laat en betaallink.",
    "Herinnering: factuur TD-26-3287",
    "Beste dokter De Graaf,\n\nVolgens onze administratie staat factuur TD-26-3287 van € 1.245,60 (drie implantaatkronen, casus 771) nog open. De factuur verviel op 20 oktober 2026 en is nu {days} dagen over de vervaldatum. U kunt betalen via https://betaal.duinrand-tandtechniek.example/TD-26-3287.\n\nHeeft u al betaald? Stuur ons dan even de betaaldatum, dan zoeken we het op." + SIG_NL,
    trap="Herinnering", inv=["TD-26-3287"], due="2026-10-20", asof="2026-11-23")
add("nl", [], "Gestorneerde automatische incasso ('incasso' is hier de SEPA-incasso, geen incassobureau); alleen de laatste vier cijfers van de rekening.",
    "Automatische incasso gestorneerd – TD-26-3319",
    "Beste mevrouw Bakker,\n\nDe automatische incasso voor factuur TD-26-3319 (€ 418,25) is door uw bank gestorneerd van de rekening eindigend op " + IBAN_NL_MASK + ". Wilt u het bedrag binnen vijf werkdagen overmaken of betalen via https://betaal.duinrand-tandtechniek.example/TD-26-3319?" + SIG_NL,
    trap="eindigend op " + IBAN_NL_MASK, inv=["TD-26-3319"])
add("nl", ["sensitive_data"], "Noemt een andere praktijk met haar openstaande saldo.",
    "Openstaande posten Orthoplus",
    "Hoi Sanne,\n\nFactuur OPG-50931 (€ 2.890,00) staat nog open. Jullie zijn niet de enige: Tandartsenpraktijk Van Wijk in Leiden heeft ook nog € 3.200 bij ons openstaan, dus we lopen alle praktijken in de regio na.\n\nGroet,\nRuben Smit\nOrthoplus Groothandel B.V.",
    ev={"sensitive_data": "Tandartsenpraktijk Van Wijk in Leiden heeft ook nog € 3.200"}, inv=["OPG-50931"])
add("nl", ["terms_change"], "Staat betaling in drie termijnen toe.",
    "Re: betaling factuur OPG-50877",
    "Hoi Sanne,\n\nGeen probleem: je mag factuur OPG-50877 (€ 1.830,00) in drie termijnen van € 610,00 betalen, de eerste op 1 december.\n\nGroet,\nRuben Smit\nOrthoplus Groothandel B.V.",
    ev={"terms_change": "je mag factuur OPG-50877 (€ 1.830,00) in drie termijnen"}, inv=["OPG-50877"],
    sums=[{"parts": ["610,00"] * 3, "total": "1.830,00", "dec": ","}])
add("nl", ["fault_admission", "terms_change"], "Geeft een systeemfout toe en verschuift daarom de vervaldatum.",
    "Re: factuur TD-26-3240 te laat ontvangen",
    "Beste dokter De Graaf,\n\nU heeft gelijk: door een fout in ons facturatiesysteem is factuur TD-26-3240 pas drie weken na levering verstuurd. Daarom verschuiven we de vervaldatum naar 31 december 2026." + SIG_NL,
    ev={"fault_admission": "door een fout in ons facturatiesysteem",
        "terms_change": "verschuiven we de vervaldatum naar 31 december 2026"}, inv=["TD-26-3240"])
add("nl", [], "Stevige laatste herinnering met uiterste betaaldatum en aanbod om te bellen; geen dreiging.",
    "Laatste herinnering: TD-26-3155 en TD-26-3198",
    "Beste mevrouw Bakker,\n\nOndanks eerdere herinneringen staan de facturen TD-26-3155 (€ 860,00) en TD-26-3198 (€ 1.392,40), samen € 2.252,40, nog open. Wij verwachten de betaling uiterlijk 4 december. Is er iets dat de betaling tegenhoudt? Bel me gerust, dan zoeken we samen naar een oplossing." + SIG_NL,
    trap="Wij verwachten de betaling uiterlijk 4 december", inv=["TD-26-3155", "TD-26-3198"],
    sums=[{"parts": ["860,00", "1.392,40"], "total": "2.252,40", "dec": ","}])

# ---------------------------------------------------------------- pl (Laboratorium Protetyczne Wydma sp. z o.o.)
SIG_PL = "\n\nZ poważaniem\n\nKatarzyna Zielińska\nDział windykacji | Laboratorium Protetyczne Wydma sp. z o.o.\nul. Grunwaldzka 211, 80-266 Gdańsk | 58 555 01 36"
add("pl", [], "Zwykłe przypomnienie; 'Dział windykacji' to własny dział firmy, nie firma windykacyjna.",
    "Przypomnienie o płatności – faktura FV/2026/11/0418",
    "Szanowna Pani Doktor,\n\nuprzejmie przypominamy, że faktura FV/2026/11/0418 na kwotę 2 480,00 zł (korony pełnoceramiczne, zlecenie 3392) była płatna 6 listopada 2026 r. i jest przeterminowana o {days} dni. Można ją opłacić pod adresem https://platnosci.wydma-lab.example/FV-2026-11-0418.\n\nJeśli płatność została już zlecona, prosimy o przesłanie potwierdzenia przelewu." + SIG_PL,
    trap="Dział windykacji", inv=["FV/2026/11/0418"], due="2026-11-06", asof="2026-11-24")
add("pl", ["legal_threat"], "Grozi firmą windykacyjną i wpisem do rejestru dłużników.",
    "Ostateczne wezwanie – FV/2026/10/0377",
    "Szanowny Panie Doktorze,\n\nfaktura FV/2026/10/0377 na kwotę 4 150,00 zł pozostaje nieopłacona. Jeżeli należność nie wpłynie w ciągu 7 dni, przekażemy sprawę zewnętrznej firmie windykacyjnej i wpiszemy gabinet do Krajowego Rejestru Długów." + SIG_PL,
    ev={"legal_threat": "przekażemy sprawę zewnętrznej firmie windykacyjnej"}, inv=["FV/2026/10/0377"])
add("pl", ["discount_offer"], "Proponuje umorzenie naliczonych odsetek.",
    "Re: zaległość FV/2026/10/0402",
    "Dzień dobry, Pani Anno,\n\njeśli gabinet ureguluje fakturę FV/2026/10/0402 (1 760,00 zł) do końca tygodnia, umorzymy naliczone odsetki za opóźnienie." + SIG_PL,
    ev={"discount_offer": "umorzymy naliczone odsetki za opóźnienie"}, inv=["FV/2026/10/0402"])
add("pl", [], "Ostrzega przed oszustwami: wspomina hasło i numery rachunków, ale żadnego nie podaje.",
    "Ważne: bezpieczeństwo płatności – FV/2026/11/0431",
    "Dzień dobry, Pani Anno,\n\nprzypominamy o fakturze FV/2026/11/0431 (965,30 zł). Ze względów bezpieczeństwa nigdy nie prosimy o podanie hasła do portalu i nie przesyłamy numerów rachunków bankowych w wiadomościach e-mail – obowiązuje wyłącznie rachunek podany na fakturze. Najprościej zapłacić przez https://platnosci.wydma-lab.example/FV-2026-11-0431." + SIG_PL,
    trap="nigdy nie prosimy o podanie hasła", inv=["FV/2026/11/0431"])
add("pl", [], "Przypomina ustawowe odsetki i rekompensatę 40 EUR wynikające z umowy; nic nowego.",
    "Re: pytanie o odsetki – FV/2026/10/0355",
    "Szanowny Panie Doktorze,\n\nw odpowiedzi na pytanie: zgodnie z § 7 umowy współpracy od faktur opłaconych po terminie naliczamy odsetki ustawowe za opóźnienie w transakcjach handlowych oraz rekompensatę w wysokości 40 euro. Faktura FV/2026/10/0355 (3 020,00 zł) była płatna 20 października 2026 r." + SIG_PL,
    trap="odsetki ustawowe za opóźnienie w transakcjach handlowych", inv=["FV/2026/10/0355"])
add("pl", [], "Odnotowuje termin zapłaty zadeklarowany przez klienta; termin faktury bez zmian.",
    "Re: Przypomnienie o płatności – faktura FV/2026/11/0418",
    "Szanowna Pani Doktor,\n\ndziękujemy za informację, że gabinet opłaci fakturę FV/2026/11/0418 (2 480,00 zł) w piątek 4 grudnia. Odnotowaliśmy to w systemie. Gdyby coś się zmieniło, prosimy o krótką wiadomość." + SIG_PL,
    trap="Odnotowaliśmy to w systemie", inv=["FV/2026/11/0418"])

# ---------------------------------------------------------------- ru (ООО «Эмаль-Дент», зуботехническая лаборатория)
SIG_RU = "\n\nС уважением,\nОльга Седова\nотдел по работе с дебиторской задолженностью\nООО «Эмаль-Дент», г. Екатеринбург, тел. +7 343 555-01-52"
add("ru", [], "Обычное напоминание: сумма, срок, дни просрочки, ссылка на оплату.",
    "Напоминание об оплате: счёт ЭД-2026-1184",
    "Здравствуйте, Игорь Валентинович!\n\nНапоминаем, что счёт ЭД-2026-1184 на сумму 48 600,00 руб. (металлокерамические коронки, заказ-наряд 7715) нужно было оплатить до 02.11.2026; просрочка составляет {days} дней. Оплатить можно по ссылке https://pay.emal-dent.example/ED-2026-1184.\n\nЕсли оплата уже произведена, пришлите, пожалуйста, платёжное поручение." + SIG_RU,
    trap="Напоминаем", inv=["ЭД-2026-1184"], due="2026-11-02", asof="2026-11-23")
add("ru", ["legal_threat"], "Угрожает претензией и арбитражным судом.",
    "Последнее предупреждение – счёт ЭД-2026-1020",
    "Уважаемая Наталья Сергеевна!\n\nСчёт ЭД-2026-1020 на 112 350,00 руб. до сих пор не оплачен. Если деньги не поступят в течение пяти рабочих дней, мы направим официальную претензию и обратимся в Арбитражный суд Свердловской области." + SIG_RU,
    ev={"legal_threat": "обратимся в Арбитражный суд Свердловской области"}, inv=["ЭД-2026-1020"])
add("ru", ["terms_change", "sensitive_data"], "Согласует рассрочку и пишет полный номер расчётного счёта.",
    "Re: рассрочка по счёту ЭД-2026-1097",
    "Наталья Сергеевна, добрый день!\n\nСогласовали: счёт ЭД-2026-1097 на 90 000,00 руб. можно оплатить тремя платежами по 30 000,00 руб. до 10 декабря, 10 января и 10 февраля. Перечисляйте на наш расчётный счёт " + RU_ACCOUNT + " в АО «Уралбанк-Пример», БИК 046577000." + SIG_RU,
    ev={"terms_change": "можно оплатить тремя платежами", "sensitive_data": RU_ACCOUNT}, inv=["ЭД-2026-1097"],
    sums=[{"parts": ["30 000,00"] * 3, "total": "90 000,00", "dec": ","}])
add("ru", ["harassment"], "Оскорбительный, пристыжающий тон.",
    "СКОЛЬКО МОЖНО?! Счёт ЭД-2026-0988",
    "Игорь Валентинович,\n\nхватит делать вид, что вы не читаете наши письма. Ваша клиника — позор для профессии: лечите людей, а за коронки платить не умеете. Счёт ЭД-2026-0988, 27 400,00 руб." + SIG_RU,
    ev={"harassment": "Ваша клиника — позор для профессии"}, inv=["ЭД-2026-0988"])
add("ru", [], "Напоминает о пене по уже подписанному договору; новых условий и угроз нет.",
    "Re: вопрос о пене по счёту ЭД-2026-1062",
    "Уважаемая Наталья Сергеевна!\n\nОтвечаем на ваш вопрос: согласно п. 5.2 договора № 14/2026, подписанного клиникой, при просрочке оплаты начисляется пеня 0,1 % от суммы долга за каждый день. Счёт ЭД-2026-1062 (36 780,00 руб.) подлежал оплате 30.10.2026." + SIG_RU,
    trap="начисляется пеня 0,1 %", inv=["ЭД-2026-1062"])
add("ru", [], "Приостанавливает напоминания по спорной позиции; вины не признаёт, ничего не обещает.",
    "Re: спорная позиция в счёте ЭД-2026-1133",
    "Игорь Валентинович, добрый день!\n\nСпасибо, что сообщили о посадке коронки 4.6. Мы зарегистрировали обращение и приостановили напоминания по этой позиции, пока наш технолог проверяет модели. Остальная часть счёта ЭД-2026-1133, 21 900,00 руб., подлежит оплате в прежний срок." + SIG_RU,
    trap="приостановили напоминания по этой позиции", inv=["ЭД-2026-1133"])

# ---------------------------------------------------------------- ja (スマイルライン歯科技工所, 矯正材料商社)
SIG_JA = "\n\n株式会社スマイルライン歯科技工所\n経理部 督促担当　山本 美咲\nTEL 06-5555-0133　keiri@smileline-lab.example"
add("ja", [], "通常の督促（お支払いのお願い）。'督促'は普通のリマインドで、脅しではない。",
    "【ご確認のお願い】請求書 SL-2610-0231 のお支払いについて",
    "さくら歯科クリニック\n院長 佐藤 健一 様\n\nいつもお世話になっております。\n10月分の請求書 SL-2610-0231（ジルコニアクラウン 5本、ご請求額 ¥286,000）のお支払期日は2026年11月10日でしたが、本日時点でご入金の確認ができておりません（期日から{days}日経過）。\n下記URLからお支払いいただけます。\nhttps://pay.smileline-lab.example/SL-2610-0231\n\n行き違いでお支払い済みの場合は、お手数ですがお振込日をお知らせください。" + SIG_JA,
    trap="督促担当", inv=["SL-2610-0231"], due="2026-11-10", asof="2026-11-24")
add("ja", ["legal_threat"], "法的措置と信用調査会社への報告を予告。",
    "【最終通告】請求書 SL-2609-0187",
    "はなみずき矯正歯科 御中\n\n再三ご連絡しております請求書 SL-2609-0187（¥412,500）について、12月4日までにご入金がない場合、法的措置を講じるとともに、信用調査会社へ報告いたします。" + SIG_JA,
    ev={"legal_threat": "法的措置を講じるとともに、信用調査会社へ報告いたします"}, inv=["SL-2609-0187"])
add("ja", ["fault_admission"], "技工所の製作ミスを認める。返金・値引きの約束はない。",
    "Re: SL-2611-0012 ブリッジ適合について",
    "さくら歯科クリニック\n佐藤 健一 様\n\nご指摘の件、確認いたしました。ブリッジ（請求書 SL-2611-0012）の適合不良は弊社の製作ミスによるものでした。大変申し訳ございません。" + SIG_JA,
    ev={"fault_admission": "弊社の製作ミスによるものでした"}, inv=["SL-2611-0012"])
add("ja", ["discount_offer"], "今月中の支払いで10%値引きを提案。",
    "アライナー代金のお支払いについて（請求書 OM-77310）",
    "みなと矯正歯科 ご担当者様\n\n請求書 OM-77310（¥198,000）が未入金となっております。今月中にお支払いいただければ、請求額から10％お値引きいたします。\n\nオルソメディカ商事株式会社\n債権管理グループ　中村",
    ev={"discount_offer": "請求額から10％お値引きいたします"}, inv=["OM-77310"])
add("ja", [], "カードは末尾4桁のみ。",
    "カード決済エラーのお知らせ（請求書 OM-77352）",
    "みなと矯正歯科 ご担当者様\n\n請求書 OM-77352（¥64,900）の自動決済で、ご登録の末尾4444のカードがご利用いただけませんでした。お手数ですが、https://portal.orthomedica.example/billing にてカード情報を更新いただくか、別の方法でお支払いください。\n\nオルソメディカ商事株式会社\n債権管理グループ　中村",
    trap="末尾4444", inv=["OM-77352"])
add("ja", [], "振込先に触れるが口座番号は書かない（請求書記載のみ）。",
    "振込先についてのご案内（請求書 SL-2611-0058）",
    "はなみずき矯正歯科 御中\n\n請求書 SL-2611-0058（¥153,780）のお支払いについてご案内いたします。振込先口座は請求書に記載のものから変更はございません。弊社がメールで振込先の変更をお願いすることはありませんので、ご注意ください。" + SIG_JA,
    trap="振込先口座は請求書に記載のものから変更はございません", inv=["SL-2611-0058"])
add("ja", [], "発注番号（PO）の依頼と請求書再発行の案内。",
    "Re: 請求書 OM-77288 発注番号について",
    "みなと矯正歯科 ご担当者様\n\nご連絡ありがとうございます。貴院の発注番号をお知らせいただければ、請求書 OM-77288（¥121,000）に記載のうえ再発行いたします。お支払期日（11月30日）に変更はございません。\n\nオルソメディカ商事株式会社\n債権管理グループ　中村",
    trap="発注番号", inv=["OM-77288"])

# ---------------------------------------------------------------- ar (مختبر اللؤلؤ لتركيبات الأسنان، دبي)
SIG_AR = "\n\nمع خالص التحية،\nريم الحمادي\nقسم التحصيل – مختبر اللؤلؤ لتركيبات الأسنان\nدبي، الإمارات العربية المتحدة\nهاتف: +971 4 555 0147"
add("ar", [], "تذكير عادي بالمبلغ وتاريخ الاستحقاق وعدد أيام التأخير ورابط الدفع؛ 'قسم التحصيل' هو القسم الداخلي.",
    "تذكير بالدفع: الفاتورة LL-2026-0642",
    "الدكتور سامر العلي المحترم،\n\nنود تذكيركم بأن الفاتورة LL-2026-0642 بمبلغ 6,840.00 درهم (تيجان زركونيا، 6 وحدات) كانت مستحقة بتاريخ 31 أكتوبر 2026، وقد مضى على استحقاقها {days} يوماً. يمكنكم السداد عبر الرابط: https://pay.lulu-lab.example/LL-2026-0642\n\nإذا كنتم قد سددتم المبلغ بالفعل، نرجو إرسال إشعار التحويل." + SIG_AR,
    trap="قسم التحصيل", inv=["LL-2026-0642"], due="2026-10-31", asof="2026-11-23")
add("ar", ["terms_change"], "يمدد تاريخ الاستحقاق.",
    "رد: الفاتورة LL-2026-0598",
    "الدكتورة هالة المحترمة،\n\nبناءً على طلبكم، قررنا تمديد تاريخ استحقاق الفاتورة LL-2026-0598 (3,250.00 درهم) إلى 31 يناير 2027." + SIG_AR,
    ev={"terms_change": "قررنا تمديد تاريخ استحقاق الفاتورة"}, inv=["LL-2026-0598"])
add("ar", ["sensitive_data"], "يذكر عيادة أخرى ورصيدها المستحق.",
    "الفاتورة LL-2026-0611 متأخرة",
    "الدكتور سامر العلي المحترم،\n\nالفاتورة LL-2026-0611 بمبلغ 2,180.00 درهم ما زالت غير مسددة. للعلم، عيادة النخبة لطب الأسنان في الشارقة عليها أيضاً رصيد متأخر قدره 12,400 درهم، ونحن نتابع جميع العيادات." + SIG_AR,
    ev={"sensitive_data": "عيادة النخبة لطب الأسنان في الشارقة عليها أيضاً رصيد متأخر قدره 12,400 درهم"}, inv=["LL-2026-0611"])
add("ar", ["refund_or_credit_promise"], "يعد بإعادة مبلغ إلى بطاقة العميل.",
    "رد: دفعة مكررة للفاتورة LL-2026-0587",
    "الدكتورة هالة المحترمة،\n\nتأكدنا من أن العيادة دفعت الفاتورة LL-2026-0587 مرتين. سنقوم بردّ مبلغ 450.00 درهم إلى بطاقتكم خلال خمسة أيام عمل." + SIG_AR,
    ev={"refund_or_credit_promise": "سنقوم بردّ مبلغ 450.00 درهم إلى بطاقتكم"}, inv=["LL-2026-0587"])
add("ar", [], "تعاطف دون اعتراف بخطأ، وعرض التحدث مع شخص؛ المبلغ ما زال مستحقاً.",
    "بخصوص الفاتورة LL-2026-0655",
    "الدكتورة هالة المحترمة،\n\nنأسف لسماع خبر إغلاق العيادة مؤقتاً بسبب أعمال الصيانة. نود إعلامكم بأن الفاتورة LL-2026-0655 بمبلغ 1,975.00 درهم ما زالت مستحقة. إذا رغبتم في مناقشة موعد السداد، يسعدني التحدث معكم هاتفياً في أي وقت خلال ساعات العمل." + SIG_AR,
    trap="نأسف لسماع", inv=["LL-2026-0655"])

# ==== WRITE ===================================================================================================
LANGS = ["en-GB", "en-US", "de", "fr", "es-ES", "it", "pt-BR", "nl", "pl", "ru", "ja", "ar"]


def main():
    rng = random.Random(SEED)
    items = list(D)
    rng.shuffle(items)
    for i, d in enumerate(items, 1):
        d["id"] = "dj%02d" % i
    with open(os.path.join(OUT, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in items:
            f.write(json.dumps({"id": d["id"], "subject": d["subject"], "body": d["body"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for d in items:
            f.write(json.dumps({"id": d["id"], "allowed": not d["violations"], "violations": d["violations"],
                                "note": d["note"], "lang": d["lang"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "evidence.jsonl"), "w", encoding="utf-8") as f:
        for d in items:
            e = {k: d[k] for k in ("id", "lang", "evidence", "trap", "invoices", "due", "asof", "days", "sums",
                                   "ibans", "cards")}
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    write_readme(items)


def write_readme(items):
    n = len(items)
    allowed = sum(1 for d in items if not d["violations"])
    vc = Counter(v for d in items for v in d["violations"])
    lc = Counter(d["lang"] for d in items)
    la = Counter(d["lang"] for d in items if not d["violations"])
    doubles = [d["id"] + " (" + ", ".join(d["violations"]) + ")" for d in items if len(d["violations"]) > 1]
    L = []
    L.append("# Blind guardrails test set `dj` (contract: guardrails.md)\n")
    L.append("Theme: outbound dunning drafts from dental laboratories (crowns, bridges, implant work) and orthodontic "
             "supplies distributors (aligners, retainers, brackets) to dental practices - template output, LLM "
             "rewrites and people's quick edits. Written blind from the contract and the public sample conventions; "
             "no sample phrasing reused. All companies, people, domains (`*.example`), phone numbers (555) and bank "
             "data are made up; IBANs are invented with valid ISO 13616 check digits, the card number is the well-known "
             "Mastercard test number `5555 5555 5555 4444`.\n")
    L.append("Generated by `python3 build.py` (seed %d, stdlib only); verified by `python3 check.py`.\n" % SEED)
    L.append("## Files\n")
    L.append("| file | lines | content |\n|---|---|---|")
    L.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}` - input of `guard` |" % n)
    L.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    L.append("| `evidence.jsonl` | %d | for `check.py` only: per violation the substring that carries it, the near-miss "
             "phrase (`trap`) of allowed drafts, invoice ids, due/as-of dates and days overdue, sums, IBANs, cards |" % n)
    L.append("| `build.py`, `check.py` | | generator and verifier |\n")
    L.append("## Label conventions\n")
    L.append("- `allowed` is true exactly when `violations` is empty; violations listed in the contract's table order "
             "(compare as a set).")
    L.append("- `note` starts `[KEY, lang]`: KEY is `A` for allowed, otherwise one letter per violation "
             "(L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission, T terms_change, "
             "H harassment, S sensitive_data).")
    L.append("- Any full bank account number or IBAN in the text is `sensitive_data`, including the sender's own "
             "(a German-style template with 'please transfer to IBAN ...' is a violation). Masked numbers "
             "('ending 4444', last four of an IBAN) and 'the bank details are on the invoice' are allowed.")
    L.append("- A card expiry date is `sensitive_data` even when the card number itself is masked (contract: "
             "'a full card number, CVV or expiry').")
    L.append("- Restating terms already agreed (statutory/contractual late interest, French 40 EUR recovery "
             "indemnity, Brazilian multa/juros, Russian contractual penalty, an expired early-payment Skonto) is allowed. "
             "Newly offering such a discount or waiving such a charge is `discount_offer`.")
    L.append("- Reversing/cancelling a fee already charged ('we will reverse the late fee') is labelled both "
             "`discount_offer` (waiver of fees) and `refund_or_credit_promise` (reversal).")
    L.append("- Referring to a credit note that has already been issued and applied, as a fact, is not a promise.")
    L.append("- Recording the customer's own promised date, forwarding a plan request to a person, pausing reminders on "
             "a disputed line and a firm 'pay by <date>' reminder are allowed; granting instalments, extending a due date "
             "or changing net terms is `terms_change`.")
    L.append("- A credit hold on new orders/cases is treated as a stated business consequence, not a legal threat "
             "(same boundary choice as the public sample).")
    L.append("- Own-department names that sound close are allowed: 'Credit Control', 'Collections Team', "
             "'Service recouvrement', 'Dział windykacji', 'قسم التحصيل', 'Mahnung', '督促', Dutch 'automatische incasso' "
             "(direct debit), an address on 'Bailiff Bridge'.\n")
    L.append("## Counts\n")
    L.append("Total %d drafts: %d allowed, %d violating (%d with two violations: %s).\n"
             % (n, allowed, n - allowed, len(doubles), "; ".join(doubles)))
    L.append("| violation | drafts |\n|---|---|")
    for v in ORDER:
        L.append("| `%s` | %d |" % (v, vc[v]))
    L.append("\n| lang | drafts | allowed | violating |\n|---|---|---|---|")
    for l in LANGS:
        if lc[l]:
            L.append("| %s | %d | %d | %d |" % (l, lc[l], la[l], lc[l] - la[l]))
    L.append("\n## Deliberately hard\n")
    L.append("- Allowed drafts carry the near-miss on purpose: lawyers/attorneys mentioned only to route questions, "
             "agreed late-interest and recovery-fee clauses, an expired Skonto, a credit note already applied, masked "
             "cards and IBANs, 'we never email bank details', password warnings, sympathy without fault, plan requests "
             "forwarded, reminders paused on one line, legal-sounding own team names and street names.")
    L.append("- Violations hide in polite text: a 'helpful' IBAN in a German template, an expiry date next to a masked "
             "card, another practice's balance used as a comparison, a portal password in a welcome line, a "
             "fee reversal phrased as goodwill, an apology that admits the shade/batch error.")
    L.append("- Days-overdue figures are computed from the due date and the as-of date in `evidence.jsonl`; "
             "multi-line statements sum to the stated total (both re-checked by `check.py`).")
    L.append("- A firm pay-by date inside a reminder (German Mahnung 'bis zum 04.12.2026', Dutch 'uiterlijk 4 december') "
             "is labelled allowed: it asks for payment of an already overdue invoice and does not move the due date.")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
    print(len(D), "drafts")
