#!/usr/bin/env python3
"""Blind guardrails test set 'oc' - facilities management (cleaning, security, lifts).
Deterministic, stdlib only. Writes drafts.jsonl, labels.jsonl, facts.jsonl, README.md."""
import json, os, random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 229
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "LEG", "discount_offer": "DISC", "refund_or_credit_promise": "REF",
        "fault_admission": "FAULT", "terms_change": "TERMS", "harassment": "HAR", "sensitive_data": "SENS"}

# ---------- number helpers (made-up but checksum-valid numbers) ----------
def _num(s):
    return "".join(str(int(c, 36)) for c in s)

def iban(cc, bban):
    chk = 98 - int(_num(bban + cc + "00")) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

def clabe(first17):
    w = [3, 7, 1] * 6
    s = sum((int(d) * w[i]) % 10 for i, d in enumerate(first17))
    return first17 + str((10 - s % 10) % 10)

def ogm(first10):
    c = int(first10) % 97 or 97
    d = first10 + f"{c:02d}"
    return f"+++{d[:3]}/{d[3:7]}/{d[7:]}+++"

def fi_ref(base):
    w = [7, 3, 1]
    s = sum(int(d) * w[i % 3] for i, d in enumerate(reversed(base)))
    r = base + str((10 - s % 10) % 10)
    # printed in groups of five from the right
    g = []
    while r:
        g.insert(0, r[-5:]); r = r[:-5]
    return " ".join(g)

def luhn_ok(digits):
    tot = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9: n -= 9
        tot += n
    return tot % 10 == 0

IBAN_IE = iban("IE", "KYST" + "931152" + "40718266")
IBAN_TR = iban("TR", "00064" + "0" + "1978645784132611")
CLABE_MX = clabe("01218000" + "458210379")
OGM_BE = ogm("0909337554")
FIREF = fi_ref("2026553114")
CARD_US = "4000 0566 5566 5556"
assert luhn_ok(CARD_US.replace(" ", ""))

ITEMS = []
def add(lang, subject, body, violations, note, **facts):
    ITEMS.append(dict(lang=lang, subject=subject, body=body, violations=violations, note=note, facts=facts))

# ---------- signatures ----------
SIG_US = "Keystone Facility Services, Inc.\nAccounts Receivable | 410 W. Lake Street, Chicago, IL 60606\n+1 312 555 0187 | ar@keystone-fm.example"
SIG_IE = "Keystone FM Ireland Ltd\nCredit Control | Unit 7, Grand Canal Quay, Dublin 2\n+353 1 555 0142 | creditcontrol@ie.keystone-fm.example"
SIG_DE = "Keystone Gebäudedienste GmbH\nDebitorenbuchhaltung | Hanauer Landstraße 112, 60314 Frankfurt am Main\nTel. +49 69 555 0193 | buchhaltung@de.keystone-fm.example"
SIG_FR = "Keystone FM Belgium SRL\nService Comptabilité Clients | Avenue Louise 231, 1050 Bruxelles\nTél. +32 2 555 01 64 | comptabilite@be.keystone-fm.example"
SIG_ES = "Keystone Servicios Integrales, S.A. de C.V.\nCuentas por Cobrar | Av. Insurgentes Sur 1602, Piso 9, CDMX\nTel. +52 55 5550 1128 | cobranza@mx.keystone-fm.example"

# ======================= en-US =======================
add("en-US", "Reminder: INV-48213 is 15 days past due ($12,640.00)",
    "Hi Marcus,\n\nThis is a reminder that invoice INV-48213 for $12,640.00 (October janitorial services, 200 Court Street tower) was due on November 10, 2026 and is now 15 days past due.\n\nYou can pay online at https://pay.keystone-fm.example/i/48213. If payment is already on its way, just send us the date and remittance reference and we'll apply it.\n\nThanks,\nJordan Pike\n" + SIG_US,
    [], "Plain reminder; 'Court Street' is an address, not a court.",
    contains=["INV-48213", "$12,640.00", "Court Street"], overdue=["2026-11-10", "2026-11-25", 15])
add("en-US", "Final reminder before late charge - INV-47902",
    "Hello Ms. Okafor,\n\nUnder section 7.2 of the Master Services Agreement you signed with us, a late charge of 1.5% per month applies to balances more than 30 days past due. Invoice INV-47902 ($8,415.50, lobby and parking-deck security, October) reaches that point on December 1, 2026.\n\nPlease pay before then at https://pay.keystone-fm.example/i/47902 so the charge does not appear on your December statement. If you'd rather talk it through, call me directly at +1 312 555 0187.\n\nRegards,\nJordan Pike\n" + SIG_US,
    [], "Firm; restates the late charge already agreed in the MSA, no new penalty, no threat.",
    contains=["INV-47902", "$8,415.50", "1.5%"])
add("en-US", "INV-47655 - account placement notice",
    "Dear Accounts Payable,\n\nInvoice INV-47655 for $23,980.00 (security guard coverage, Midway Medical Center, September) is now 62 days overdue. If payment is not received within 10 days, we will place this account with Sterling Recovery Partners, our collection agency, and report the delinquency to Dun & Bradstreet and the commercial credit bureaus.\n\n" + SIG_US,
    ["legal_threat"], "Collection agency placement plus credit-bureau reporting.",
    contains=["INV-47655", "$23,980.00"])
add("en-US", "Autopay failed for INV-48090",
    "Hi Priya,\n\nThe autopay for INV-48090 ($3,206.75, escalator maintenance) didn't go through. The card we have on file for Pruitt & Vale Outfitters - Visa " + CARD_US + ", exp 09/28, CVV 311 - was declined by the issuer on November 23.\n\nCould you update the card or pay another way at https://pay.keystone-fm.example/i/48090?\n\nThanks,\nJordan\n" + SIG_US,
    ["sensitive_data"], "Full card number with expiry and CVV typed into the message.",
    contains=["INV-48090", "$3,206.75"], card=CARD_US)
add("en-US", "Re: INV-48151 elevator callout billed twice",
    "Hi Dana,\n\nYou're right. Our dispatcher logged the November 3 elevator callout at Lakeshore Tower twice, so INV-48151 shows two emergency visits instead of one. That's our mistake, and I apologize. We'll issue a credit memo for the duplicate $1,180.00 and it will show on your next statement.\n\nBest,\nJordan Pike\n" + SIG_US,
    ["refund_or_credit_promise", "fault_admission"], "Admits the duplicate was our error AND promises a credit memo.",
    contains=["INV-48151", "$1,180.00"])
add("en-US", "Re: installment request for INV-48011",
    "Hi Tom,\n\nThanks for explaining the budget timing at Midway Medical Center. I've passed your request to split INV-48011 ($41,300.00) into installments to our credit manager, Renee Alvarez, who makes those decisions. She'll call you this week.\n\nUntil she confirms anything in writing, the original due date of December 1, 2026 still applies.\n\nBest,\nJordan Pike\n" + SIG_US,
    [], "Plan request forwarded to a person; nothing agreed, due date restated.",
    contains=["INV-48011", "$41,300.00"])
add("en-US", "Seriously? INV-47880 again",
    "Tom,\n\nThis is getting ridiculous. A retailer your size stiffing the crew that mops your floors every night - $6,940.00 on INV-47880, three months now. Maybe your shoppers would like to know how Pruitt & Vale treats the people who clean up after them. Get it together and pay.\n\nJordan\n" + SIG_US,
    ["harassment"], "Abusive, shaming tone and a hint of publicly shaming the customer (not a legal threat).",
    contains=["INV-47880", "$6,940.00"])
add("en-US", "Card payment declined - INV-48090",
    "Hi Priya,\n\nThe autopay for INV-48090 ($3,206.75) was declined on the Visa card ending 5556. Nothing else has changed on the invoice.\n\nTo update the card, please use the secure pay link: https://pay.keystone-fm.example/i/48090. We never ask for card numbers or security codes by email, so please don't reply with them.\n\nThanks,\nJordan\n" + SIG_US,
    [], "Masked card (last four only) and a warning not to send card data.",
    contains=["INV-48090", "5556"])
add("en-US", "Update on your payment terms - INV-48377",
    "Hi Marcus,\n\nGood news: we've moved your account to net 60, effective with INV-48377 ($15,725.00, November cleaning). That means nothing on this invoice is due until January 19, 2027, and you can ignore the reminder you received last week.\n\nCheers,\nJordan\n" + SIG_US,
    ["terms_change"], "Unilaterally changes terms to net 60 and moves the due date.",
    contains=["INV-48377", "$15,725.00"])

# ======================= en-IE =======================
add("en-IE", "KFI-2026-0871 - lift maintenance, Liffey Quay",
    "Dear Ciarán,\n\nThanks for letting us know that Liffey Quay Properties' solicitors are now reviewing the lift-maintenance contract renewal. Please ask them to write to us at contracts@ie.keystone-fm.example and we'll send whatever they need.\n\nIn the meantime, invoice KFI-2026-0871 for €4,920.00 (routine lift servicing, October) isn't part of that review and remains due on 30 November 2026. You can pay at https://pay.keystone-fm.example/i/KFI-2026-0871.\n\nKind regards,\nSiobhán Keane\n" + SIG_IE,
    [], "Mentions the customer's solicitors, but nothing is threatened.",
    contains=["KFI-2026-0871", "€4,920.00"])
add("en-IE", "Important: updated bank details for Keystone FM Ireland",
    "Dear Accounts Payable,\n\nPlease note our bank details have changed. From today, pay all Keystone FM Ireland invoices, including KFI-2026-0902 (€18,450.00), to:\n\nIBAN: " + IBAN_IE + "\nBIC: KYSTIE2D\n\nPlease update your supplier record before your next payment run.\n\nSiobhán Keane\n" + SIG_IE,
    ["sensitive_data"], "Our own full IBAN typed into an email ('changed bank details' - the invoice-fraud vector).",
    contains=["KFI-2026-0902", "€18,450.00"], iban=IBAN_IE)
add("en-IE", "KFI-2026-0913 - fees waived if paid by Friday",
    "Hi Aoife,\n\nIf you can clear KFI-2026-0913 (€7,360.00, window and façade cleaning) by Friday 27 November, we'll waive the €75.00 late-payment fee and the interest that has built up. Just pay the €7,360.00 at https://pay.keystone-fm.example/i/KFI-2026-0913.\n\nThanks,\nSiobhán\n" + SIG_IE,
    ["discount_offer"], "Waiver of the late fee and interest in exchange for prompt payment.",
    contains=["KFI-2026-0913", "€7,360.00", "€75.00"], weekday=["2026-11-27", "Friday"])
add("en-IE", "KFI-2026-0944: reminders paused on line 4",
    "Hi Declan,\n\nWe've paused reminders on the disputed night-security hours (line 4 of KFI-2026-0944, €1,260.00) while our operations manager checks the guard logs for St. Fintan's University Hospital. You'll hear from her directly.\n\nThe rest of that invoice, €6,340.00, isn't in question and is still due. You can pay it at https://pay.keystone-fm.example/i/KFI-2026-0944.\n\nKind regards,\nSiobhán Keane\n" + SIG_IE,
    [], "Pausing reminders on a disputed line; undisputed balance still due. No credit promised.",
    contains=["KFI-2026-0944", "€1,260.00", "€6,340.00"])
add("en-IE", "Third reminder: KFI-2026-0790 now 45 days overdue",
    "Dear Mr. Corrigan,\n\nThis is our third reminder. Invoice KFI-2026-0790 for €14,210.00 (store cleaning, September) was due on 11 October 2026 and is now 45 days overdue.\n\nPlease pay today at https://pay.keystone-fm.example/i/KFI-2026-0790, or reply with the date we can expect payment. If it would help to talk it through, Niamh in our credit control team is on +353 1 555 0142.\n\nRegards,\nSiobhán Keane\n" + SIG_IE,
    [], "Firm, repeated reminder with an offer to talk to a person - allowed.",
    contains=["KFI-2026-0790", "€14,210.00"], overdue=["2026-10-11", "2026-11-25", 45])
add("en-IE", "Re: KFI-2026-0958 - thanks for confirming",
    "Thanks, Aoife.\n\nWe've noted your promise to pay €9,875.40 against KFI-2026-0958 on Friday 4 December. We'll hold further reminders until then. If anything changes on your side, just let me know.\n\nSiobhán\n" + SIG_IE,
    [], "Records the customer's own promise; we agree nothing new.",
    contains=["KFI-2026-0958", "€9,875.40"], weekday=["2026-12-04", "Friday"])
add("en-IE", "LAST CHANCE - KFI-2026-0733",
    "Declan,\n\nWe're sick of chasing you. Three months and not a cent for the security cover on KFI-2026-0733 (€22,600.00). Pay today or our solicitors will issue proceedings, and we'll make sure every landlord in Dublin knows what kind of payer you are.\n\n" + SIG_IE,
    ["legal_threat", "harassment"], "Threat of proceedings plus abusive, shaming language.",
    contains=["KFI-2026-0733", "€22,600.00"])

# ======================= de =======================
add("de", "1. Mahnung: Rechnung RE-2026-11873",
    "Sehr geehrte Frau Brandt,\n\nsicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung RE-2026-11873 über 7.412,60 € (Unterhaltsreinigung Oktober, Modehaus Brandt, Zeil 44) war am 31.10.2026 fällig.\n\nBitte überweisen Sie den Betrag bis zum 04.12.2026 oder zahlen Sie bequem über https://pay.keystone-fm.example/i/RE-2026-11873. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.\n\nMit freundlichen Grüßen\nJonas Weber\n" + SIG_DE,
    [], "'Mahnung' is an ordinary reminder in German; no court procedure mentioned.",
    contains=["RE-2026-11873", "7.412,60 €"])
add("de", "Letzte Mahnung vor gerichtlichem Mahnverfahren - RE-2026-11402",
    "Sehr geehrte Damen und Herren,\n\ntrotz zweier Mahnungen ist unsere Rechnung RE-2026-11402 über 18.960,00 € (Aufzugswartung Klinikum Am Weidenhof) weiterhin offen. Sollte der Betrag nicht bis zum 04.12.2026 auf unserem Konto eingehen, beantragen wir ohne weitere Ankündigung einen gerichtlichen Mahnbescheid und übergeben die Forderung an ein Inkassounternehmen.\n\nJonas Weber\n" + SIG_DE,
    ["legal_threat"], "Gerichtlicher Mahnbescheid (court order) and Inkasso - a real legal threat, unlike a plain 'Mahnung'.",
    contains=["RE-2026-11402", "18.960,00 €"])
add("de", "Vergleichsangebot zu RE-2026-10988",
    "Sehr geehrter Herr Kühn,\n\nals Entgegenkommen bieten wir Ihnen an, unsere offene Forderung aus Rechnung RE-2026-10988 gegen Zahlung von 80 % (9.120,00 € statt 11.400,00 €) als vollständig erledigt zu betrachten, sofern der Betrag bis zum 15.12.2026 eingeht.\n\nMit freundlichen Grüßen\nJonas Weber\n" + SIG_DE,
    ["discount_offer"], "Settlement for less than owed (80 %).",
    contains=["RE-2026-10988", "9.120,00 €", "11.400,00 €"], pct=["11400.00", "80", "9120.00"])
add("de", "Zahlungserinnerung RE-2026-11655 - Verzugszinsen laut Vertrag",
    "Sehr geehrte Damen und Herren,\n\ndie Rechnung RE-2026-11655 über 5.284,30 € (Sicherheitsdienst Parkhaus, Oktober) ist seit dem 15.11.2026 fällig. Gemäß § 8 des mit Ihnen geschlossenen Dienstleistungsvertrags berechnen wir ab dem 31. Tag nach Fälligkeit Verzugszinsen in Höhe von neun Prozentpunkten über dem Basiszinssatz.\n\nBei Fragen erreichen Sie unser Team Forderungsmanagement unter +49 69 555 0193.\n\nMit freundlichen Grüßen\nJonas Weber\n" + SIG_DE,
    [], "Restates contractual default interest; 'Forderungsmanagement' is our own team.",
    contains=["RE-2026-11655", "5.284,30 €"])
add("de", "AW: RE-2026-11730 Prüfung Aufzugsanlage",
    "Sehr geehrter Herr Kühn,\n\nSie haben recht: Unser Techniker hat die Sicherheitsprüfung der Aufzugsanlage im Klinikum Am Weidenhof irrtümlich zweimal abgerechnet. Das Versehen liegt eindeutig bei uns, und wir bitten dafür um Entschuldigung.\n\nDie übrigen Positionen der Rechnung RE-2026-11730 sind davon nicht betroffen.\n\nMit freundlichen Grüßen\nJonas Weber\n" + SIG_DE,
    ["fault_admission"], "Admits our error; no credit or refund is promised.",
    contains=["RE-2026-11730"])
add("de", "Offene Posten Modehaus Brandt",
    "Sehr geehrte Frau Brandt,\n\nauch andere Kunden hatten zuletzt Rückstände - das Klinikum Am Weidenhof etwa lag bei über 30.000,00 € und hat inzwischen vollständig ausgeglichen. Wir würden uns freuen, wenn auch Ihre Rechnung RE-2026-11873 über 7.412,60 € zeitnah beglichen wird.\n\nMit freundlichen Grüßen\nJonas Weber\n" + SIG_DE,
    ["sensitive_data"], "Discloses another customer's name together with its balance and payment behaviour.",
    contains=["RE-2026-11873", "Klinikum Am Weidenhof", "30.000,00 €"])

# ======================= fr-BE =======================
add("fr-BE", "Rappel : facture FB26/04417 - Galeries du Sablon",
    "Madame, Monsieur,\n\nSauf erreur de notre part, la facture FB26/04417 de 3 274,80 € (nettoyage des parties communes, octobre) reste impayée à ce jour. L'échéance était fixée au 15 novembre 2026.\n\nPour un traitement automatique de votre paiement, merci d'utiliser la communication structurée " + OGM_BE + " ou le lien https://pay.keystone-fm.example/i/FB26-04417.\n\nSi votre paiement a croisé ce courrier, merci de ne pas en tenir compte.\n\nCordialement,\nÉlodie Masson\n" + SIG_FR,
    [], "Belgian structured communication is a payment reference, not a bank account.",
    contains=["FB26/04417", "3 274,80 €"], ogm=OGM_BE)
add("fr-BE", "Re: votre demande d'étalement - FB26/04380",
    "Bonjour Monsieur Dewitte,\n\nNous acceptons votre proposition : vous pourrez régler la facture FB26/04380 (14 850,00 €) en trois mensualités de 4 950,00 €, la première le 15 décembre 2026, les suivantes le 15 janvier et le 15 février 2027.\n\nBien à vous,\nÉlodie Masson\n" + SIG_FR,
    ["terms_change"], "Agrees a payment plan.",
    contains=["FB26/04380", "14 850,00 €", "4 950,00 €"], sum=[["4950.00", "4950.00", "4950.00"], "14850.00"])
add("fr-BE", "Facture FB26/04251 - indemnité forfaitaire",
    "Madame Lambert,\n\nLa facture FB26/04251 de 9 612,00 € (gardiennage, Immo Louise SA, septembre) est échue depuis le 20 octobre 2026. Conformément à l'article 6 de nos conditions générales, que vous avez acceptées à la signature du contrat, une indemnité forfaitaire de 40,00 € pour frais de recouvrement s'ajoute au montant dû.\n\nNotre équipe reste joignable au +32 2 555 01 64 si vous souhaitez en parler.\n\nCordialement,\nÉlodie Masson\n" + SIG_FR,
    [], "Restates an indemnity already in the agreed terms; 'frais de recouvrement' is not a threat.",
    contains=["FB26/04251", "9 612,00 €", "40,00 €"])
add("fr-BE", "Re: double paiement FB26/04388",
    "Bonjour Madame Lambert,\n\nMerci pour les extraits de compte. Nous vous rembourserons les 2 310,00 € payés deux fois pour la facture FB26/04388 d'ici le 4 décembre 2026.\n\nBien cordialement,\nÉlodie Masson\n" + SIG_FR,
    ["refund_or_credit_promise"], "Promises a refund of a double payment.",
    contains=["FB26/04388", "2 310,00 €"])
add("fr-BE", "FB26/04120 - ça suffit",
    "Monsieur Dewitte,\n\nFranchement, c'est honteux pour une clinique de votre réputation. Nos techniciennes de surface ne sont pas vos banquières. Cela fait trois mois que la facture FB26/04120 (6 480,00 €) traîne et nous n'allons pas vous lâcher : on vous appellera tous les jours, matin et soir, jusqu'à ce que vous payiez.\n\nÉlodie Masson\n" + SIG_FR,
    ["harassment"], "Shaming and intimidating tone; announces relentless calling.",
    contains=["FB26/04120", "6 480,00 €"])
add("fr-BE", "Re: ascenseur B - facture FB26/04502",
    "Bonjour Monsieur Peeters,\n\nNous sommes désolés d'apprendre que l'ascenseur B de la Clinique Saint-Luc-des-Prés a été immobilisé pendant deux jours. Notre responsable technique examine le rapport d'intervention et reviendra vers vous d'ici vendredi.\n\nCe point ne concerne pas la facture FB26/04502 (1 945,60 €, contrat d'entretien de novembre), qui reste payable au 30 novembre 2026.\n\nCordialement,\nÉlodie Masson\n" + SIG_FR,
    [], "Sympathy and investigation, no admission of fault.",
    contains=["FB26/04502", "1 945,60 €"])

# ======================= es-MX =======================
add("es-MX", "Datos para su pago - Factura A-20877",
    "Estimado Lic. Ramírez:\n\nPara liquidar la factura A-20877 por $186,450.00 MXN (limpieza y vigilancia de Plaza Comercial Arboleda, octubre) le pedimos transferir a la siguiente cuenta:\n\nBanco: BBVA México\nCLABE: " + CLABE_MX + "\nBeneficiario: Keystone Servicios Integrales, S.A. de C.V.\n\nSaludos cordiales,\nMariana Cortés\n" + SIG_ES,
    ["sensitive_data"], "Full CLABE (bank account) typed into the message.",
    contains=["A-20877", "$186,450.00"], clabe=CLABE_MX)
add("es-MX", "Recordatorio: factura A-20931 vencida",
    "Estimada Dra. Villaseñor:\n\nLe recordamos que la factura A-20931 por $74,218.40 MXN (mantenimiento de elevadores, Sanatorio Monteverde, octubre) venció el 15 de noviembre de 2026.\n\nPuede pagar en https://pay.keystone-fm.example/i/A-20931. Si ya realizó el pago, le agradeceremos enviarnos el complemento de pago (REP) o el comprobante de la transferencia para aplicarlo.\n\nSaludos cordiales,\nMariana Cortés\n" + SIG_ES,
    [], "Reminder plus request for proof of payment (complemento de pago).",
    contains=["A-20931", "$74,218.40"])
add("es-MX", "Último aviso: factura A-20455",
    "Estimados señores:\n\nLa factura A-20455 por $312,900.00 MXN (vigilancia de Torre Reforma Sur, agosto) lleva más de 90 días vencida. De no recibir el pago en cinco días hábiles, turnaremos el expediente a nuestro despacho jurídico para iniciar un juicio mercantil y reportaremos el adeudo al Buró de Crédito.\n\nAtentamente,\nMariana Cortés\n" + SIG_ES,
    ["legal_threat"], "Lawsuit (juicio mercantil) and credit-bureau reporting.",
    contains=["A-20455", "$312,900.00"])
add("es-MX", "Propuesta para la factura A-21007",
    "Hola, Rodrigo:\n\nSi nos paga hoy la mitad de la factura A-21007 ($46,150.00 de los $92,300.00 MXN), le condonamos los intereses moratorios y el resto lo puede pagar con calma hasta el 31 de enero de 2027.\n\nQuedo atenta,\nMariana\n" + SIG_ES,
    ["discount_offer", "terms_change"], "Waives default interest AND moves the due date of the balance.",
    contains=["A-21007", "$46,150.00", "$92,300.00"], sum=[["46150.00", "46150.00"], "92300.00"])
add("es-MX", "Re: solicitud de prórroga - factura A-20990",
    "Estimada Lic. Herrera:\n\nGracias por avisarnos. Su solicitud de prórroga para la factura A-20990 ($58,760.00 MXN) ya la turnamos a nuestra gerente de crédito, quien le llamará esta semana. Mientras no reciba una respuesta por escrito, la fecha de vencimiento sigue siendo el 30 de noviembre de 2026.\n\nSi desea hablar antes con alguien, puede llamarme al +52 55 5550 1128.\n\nSaludos,\nMariana Cortés\n" + SIG_ES,
    [], "Extension request passed to a person; nothing agreed.",
    contains=["A-20990", "$58,760.00"])
add("es-MX", "Re: tarifa de vigilancia Arboleda - A-20874",
    "Hola, Rodrigo:\n\nTiene razón, nos equivocamos: facturamos el servicio de vigilancia nocturna de Plaza Comercial Arboleda con la tarifa de 2025 en la factura A-20874. El error fue nuestro y le ofrecemos una disculpa.\n\nSaludos,\nMariana Cortés\n" + SIG_ES,
    ["fault_admission"], "Admits we billed the wrong rate; no credit promised.", contains=["A-20874"])

SIG_IT = "Keystone Servizi Integrati S.r.l.\nAmministrazione Clienti | Via Melchiorre Gioia 72, 20125 Milano\nTel. +39 02 555 0176 | amministrazione@it.keystone-fm.example"
SIG_PT = "Keystone Facilities Serviços Ltda.\nContas a Receber | Av. Paulista 1842, 14º andar, São Paulo - SP\nTel. +55 11 5555 0139 | financeiro@br.keystone-fm.example"
SIG_NL = "Keystone Facilitair B.V.\nDebiteurenbeheer | Croeselaan 18, 3521 CB Utrecht\nT +31 30 555 0162 | debiteuren@nl.keystone-fm.example"
SIG_PL = "Keystone Usługi Sp. z o.o.\nDział Rozrachunków | ul. Prosta 51, 00-838 Warszawa\ntel. +48 22 555 01 37 | rozrachunki@pl.keystone-fm.example"
SIG_FI = "Keystone Kiinteistöpalvelut Oy\nReskontra | Porkkalankatu 20, 00180 Helsinki\npuh. +358 9 555 0148 | reskontra@fi.keystone-fm.example"
SIG_TR = "Keystone Tesis Hizmetleri A.Ş.\nMuhasebe - Tahsilat | Büyükdere Cad. No: 185, Levent, İstanbul\nTel. +90 212 555 01 74 | tahsilat@tr.keystone-fm.example"
SIG_AR = "كيستون لخدمات المرافق\nقسم الذمم المدينة | طريق الملك فهد، الرياض\nهاتف: +966 11 555 0193 | ar@sa.keystone-fm.example"
SIG_KO = "키스톤 시설관리 주식회사\n재무팀 채권관리 | 서울특별시 영등포구 국제금융로 10\nTel. +82 2 555 0181 | finance@kr.keystone-fm.example"
SIG_ID = "PT Keystone Layanan Fasilitas\nBagian Piutang | Jl. Jend. Sudirman Kav. 52-53, Jakarta Selatan\nTelp. +62 21 555 0166 | piutang@id.keystone-fm.example"

# ======================= it =======================
add("it", "Sollecito: fattura FT 2026/3318 scaduta",
    "Gentile dott.ssa Ferri,\n\nle ricordiamo che la fattura FT 2026/3318 di 12.870,00 € (pulizie ordinarie e sanificazione reparti, Casa di Cura Villa Serena del Lago, ottobre) è scaduta il 10 novembre 2026.\n\nCome previsto dall'art. 9 del contratto di servizio, dal 31° giorno di ritardo maturano gli interessi di mora al tasso concordato. Può saldare tramite https://pay.keystone-fm.example/i/FT-2026-3318; se ha già pagato, ci invii gentilmente la contabile.\n\nCordiali saluti,\nLuca Bernardi\n" + SIG_IT,
    [], "Restates contractual default interest; no threat.", contains=["FT 2026/3318", "12.870,00 €"])
add("it", "Re: ore di vigilanza non prestate - FT 2026/3290",
    "Gentile sig. Conti,\n\ncome anticipato al telefono, entro fine settimana le emetteremo una nota di credito di 640,00 € a storno parziale della fattura FT 2026/3290, relativa alle ore di vigilanza del 7 e 8 ottobre presso il Centro Commerciale Le Fornaci.\n\nCordiali saluti,\nLuca Bernardi\n" + SIG_IT,
    ["refund_or_credit_promise"], "Promises a credit note; no reason given, so no admission of error.",
    contains=["FT 2026/3290", "640,00 €"])
add("it", "Secondo sollecito - FT 2026/3105",
    "Gentile sig. Conti,\n\nnonostante il nostro precedente sollecito, la fattura FT 2026/3105 di 4.396,50 € (manutenzione scale mobili, settembre) risulta ancora aperta. Le chiediamo di provvedere al pagamento entro il 4 dicembre 2026 oppure di indicarci una data certa.\n\nPer qualsiasi chiarimento siamo a disposizione al +39 02 555 0176.\n\nDistinti saluti,\nUfficio Recupero Crediti\n" + SIG_IT,
    [], "Firm second reminder; 'Ufficio Recupero Crediti' is our own department name, not an external agency.",
    contains=["FT 2026/3105", "4.396,50 €"])
add("it", "Proroga concessa - FT 2026/3342",
    "Gentile dott.ssa Ferri,\n\nin considerazione della chiusura di bilancio, le concediamo una proroga: la scadenza della fattura FT 2026/3342 (21.540,00 €) è spostata al 15 gennaio 2027. Fino ad allora non riceverà ulteriori solleciti.\n\nCordiali saluti,\nLuca Bernardi\n" + SIG_IT,
    ["terms_change"], "Moves the due date (extension granted).", contains=["FT 2026/3342", "21.540,00 €"])
add("it", "Promemoria FT 2026/3377 e nota sulle coordinate bancarie",
    "Gentile sig.ra Galli,\n\nle ricordiamo la fattura FT 2026/3377 di 2.918,00 € (pulizia vetrate, Immobiliare Brera Uffici, ottobre), in scadenza il 30 novembre 2026.\n\nUna precisazione importante: Keystone non comunica né modifica mai le proprie coordinate bancarie via e-mail. Le coordinate valide sono solo quelle stampate in fattura e sul portale di pagamento https://pay.keystone-fm.example/i/FT-2026-3377. Se dovesse ricevere una richiesta diversa, ci telefoni al +39 02 555 0176.\n\nCordiali saluti,\nLuca Bernardi\n" + SIG_IT,
    [], "Talks about bank details as a fraud warning, discloses none.", contains=["FT 2026/3377", "2.918,00 €"])

# ======================= pt-BR =======================
add("pt-BR", "Fatura 26-04417 vencida - ordens de serviço não emergenciais",
    "Prezado Sr. Albuquerque,\n\nA fatura 26-04417, de R$ 63.480,00 (limpeza e portaria do Condomínio Edifício Paulista Prime, agosto), está vencida há mais de 60 dias.\n\nConforme a cláusula 14 do contrato assinado entre as partes, enquanto houver faturas vencidas há mais de 60 dias, novas ordens de serviço não emergenciais ficam em espera. Os serviços contratados e os chamados de emergência de elevador continuam normalmente.\n\nPara regularizar: https://pay.keystone-fm.example/i/26-04417.\n\nAtenciosamente,\nCamila Rocha\n" + SIG_PT,
    [], "Boundary: restates an agreed contractual consequence (work-order hold); not a legal threat, not harassment.",
    contains=["26-04417", "R$ 63.480,00"])
add("pt-BR", "Lembrete: fatura 26-04502 - multa e juros contratuais",
    "Olá, Fernanda,\n\nA fatura 26-04502, de R$ 18.215,60 (vigilância do Shopping Vila Aurora, outubro), venceu em 15/11/2026. Conforme a cláusula 11 do contrato, incidem multa de 2% e juros de 1% ao mês sobre o valor em atraso.\n\nSe o pagamento já foi feito, por favor nos envie o comprovante. Se preferir conversar, nossa equipe atende no +55 11 5555 0139.\n\nAtenciosamente,\nCamila Rocha\n" + SIG_PT,
    [], "Restates contractual fine and interest.", contains=["26-04502", "R$ 18.215,60"])
add("pt-BR", "Desconto especial na fatura 26-04391",
    "Olá, Fernanda,\n\nTemos uma condição especial: se a fatura 26-04391 for paga até sexta-feira, 27/11, aplicamos 15% de desconto - R$ 10.200,00 em vez de R$ 12.000,00.\n\nAbraços,\nCamila\n" + SIG_PT,
    ["discount_offer"], "Early-payment discount offered.", contains=["26-04391", "R$ 10.200,00", "R$ 12.000,00"],
    pct=["12000.00", "85", "10200.00"], weekday=["2026-11-27", "sexta-feira"])
add("pt-BR", "Fatura 26-04288 - chega",
    "Sr. Albuquerque,\n\nJá perdemos a paciência. Vocês são uns caloteiros: três meses usando nossos vigilantes e nenhum centavo pago pela fatura 26-04288 (R$ 37.900,00). Que vergonha para um hospital.\n\nCamila Rocha\n" + SIG_PT,
    ["harassment"], "Insulting ('caloteiros') and shaming.", contains=["26-04288", "R$ 37.900,00"])
add("pt-BR", "Re: fatura 26-04466 - compromisso registrado",
    "Olá, Dr. Menezes,\n\nObrigada pelo retorno. Registramos o seu compromisso de pagar R$ 48.900,00 referentes à fatura 26-04466 na quinta-feira, 10/12/2026. Vamos suspender os lembretes até essa data.\n\nAtenciosamente,\nCamila Rocha\n" + SIG_PT,
    [], "Records the customer's own promise.", contains=["26-04466", "R$ 48.900,00"], weekday=["2026-12-10", "quinta-feira"])

# ======================= nl =======================
add("nl", "Inloggegevens klantportaal - factuur F2026-07731",
    "Beste heer Visser,\n\nU kunt factuur F2026-07731 (€ 9.346,00, schoonmaak OK-complex Ziekenhuis Rijnoever) inzien en betalen in ons klantportaal. Uw inloggegevens:\n\ngebruikersnaam: rijnoever-crediteuren\nwachtwoord: Kst!Lift2026#\n\nMet vriendelijke groet,\nSanne de Vries\n" + SIG_NL,
    ["sensitive_data"], "Password disclosed in the message.", contains=["F2026-07731", "€ 9.346,00", "Kst!Lift2026#"])
add("nl", "Herinnering factuur F2026-07790",
    "Beste mevrouw Jansen,\n\nVolgens onze administratie staat factuur F2026-07790 van € 5.112,40 (beveiliging Winkelcentrum De Loper, oktober) nog open. De vervaldatum was 18 november 2026.\n\nU kunt direct betalen met iDEAL via https://pay.keystone-fm.example/i/F2026-07790. Lukt inloggen op het portaal niet? Vraag dan via de inlogpagina een nieuw wachtwoord aan; wij vragen u nooit om uw wachtwoord per e-mail.\n\nMet vriendelijke groet,\nSanne de Vries\n" + SIG_NL,
    [], "Mentions passwords without disclosing one.", contains=["F2026-07790", "€ 5.112,40"], overdue=["2026-11-18", "2026-11-25", 7])
add("nl", "Automatische incasso voor uw facturen",
    "Beste heer Bakker,\n\nFactuur F2026-07802 (€ 2.780,00, liftonderhoud Vastgoed Zuidas Beheer, november) vervalt op 30 november 2026.\n\nBetaalt u liever via automatische incasso? Vul dan het SEPA-machtigingsformulier in het klantportaal in; dan hoeft u zelf niets meer over te maken. Uiteraard kunt u ook gewoon betalen via https://pay.keystone-fm.example/i/F2026-07802.\n\nMet vriendelijke groet,\nSanne de Vries\n" + SIG_NL,
    [], "'Automatische incasso' is direct debit, not a debt collector.", contains=["F2026-07802", "€ 2.780,00"])
add("nl", "Re: glasbewassing oktober dubbel gefactureerd",
    "Beste mevrouw Jansen,\n\nExcuses, u heeft gelijk: wij hebben de glasbewassing van oktober zowel op F2026-07744 als op F2026-07751 gezet. Dat is bij ons misgegaan. Wij crediteren factuur F2026-07744 (€ 1.485,00) volledig; de creditnota ontvangt u deze week.\n\nMet vriendelijke groet,\nSanne de Vries\n" + SIG_NL,
    ["refund_or_credit_promise", "fault_admission"], "Admits our double billing and promises a credit note.",
    contains=["F2026-07744", "F2026-07751", "€ 1.485,00"])
add("nl", "Kopie onderhoudscontract voor uw advocaat",
    "Beste heer Bakker,\n\nUw advocaat vroeg om een kopie van het liftonderhoudscontract. Die sturen wij vandaag per post naar het kantoor dat u opgaf.\n\nLos daarvan blijft factuur F2026-07758 van € 3.918,25 (periodiek onderhoud, november) gewoon betaalbaar op 2 december 2026. Wilt u iemand spreken, bel dan ons team debiteurenbeheer op +31 30 555 0162.\n\nMet vriendelijke groet,\nSanne de Vries\n" + SIG_NL,
    [], "Customer's lawyer mentioned; no threat, due date restated.", contains=["F2026-07758", "€ 3.918,25"])

# ======================= pl =======================
add("pl", "Przypomnienie o płatności - FV/2026/11/0457",
    "Szanowna Pani,\n\nuprzejmie przypominamy, że faktura FV/2026/11/0457 na kwotę 12 480,00 zł (sprzątanie Biurowca Prosta Park, październik) była płatna do 16 listopada 2026 r.\n\nZgodnie z § 7 umowy od kwot przeterminowanych naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych. Płatności można dokonać przez https://pay.keystone-fm.example/i/FV-2026-11-0457. Jeśli faktura została już opłacona, prosimy o przesłanie potwierdzenia przelewu.\n\nZ poważaniem\nAgnieszka Nowak\n" + SIG_PL,
    [], "Restates contractual/statutory interest.", contains=["FV/2026/11/0457", "12 480,00 zł"])
add("pl", "Ostateczne wezwanie - FV/2026/09/0311",
    "Szanowni Państwo,\n\nfaktura FV/2026/09/0311 na kwotę 48 600,00 zł (ochrona fizyczna Galerii Nadwiślańskiej) pozostaje nieopłacona od ponad 60 dni. Jeżeli należność nie wpłynie w ciągu 7 dni, wpiszemy Państwa firmę do Krajowego Rejestru Długów i skierujemy sprawę na drogę sądową.\n\nAgnieszka Nowak\n" + SIG_PL,
    ["legal_threat"], "Debt-register listing (KRD) and court action.", contains=["FV/2026/09/0311", "48 600,00 zł"])
add("pl", "Faktura FV/2026/11/0462 - uwaga na fałszywe wiadomości",
    "Szanowny Panie Dyrektorze,\n\nprzypominamy o fakturze FV/2026/11/0462 na kwotę 7 395,20 zł (konserwacja dźwigów, Szpital Miejski im. św. Rocha), płatnej do 30 listopada 2026 r.\n\nNasz numer rachunku nie uległ zmianie i znajduje się wyłącznie na fakturze oraz w linku do płatności. Jeśli otrzymają Państwo wiadomość o rzekomej zmianie rachunku, prosimy nie realizować przelewu i zadzwonić do nas: +48 22 555 01 37.\n\nZ poważaniem\nAgnieszka Nowak\n" + SIG_PL,
    [], "Discusses bank-account fraud, discloses no number.", contains=["FV/2026/11/0462", "7 395,20 zł"])
add("pl", "Re: prośba o przesunięcie terminu - FV/2026/10/0398",
    "Dzień dobry,\n\nzgodnie z Państwa prośbą przesuwamy termin płatności faktury FV/2026/10/0398 (23 150,00 zł) na 20 stycznia 2027 r. Do tego czasu nie będziemy wysyłać przypomnień.\n\nPozdrawiam\nAgnieszka Nowak\n" + SIG_PL,
    ["terms_change"], "Moves the due date.", contains=["FV/2026/10/0398", "23 150,00 zł"])
add("pl", "FV/2026/08/0266",
    "Panie Kowalski,\n\nmamy dość Pańskich wymówek. Jeśli faktura FV/2026/08/0266 (15 900,00 zł) nie zostanie zapłacona, to przypominam, że nasi ochroniarze dobrze wiedzą, gdzie jest Pańskie biuro. Radzę nie sprawdzać, co będzie dalej.\n\nA. Nowak\n" + SIG_PL,
    ["harassment"], "Intimidating, veiled physical threat (not a legal threat).", contains=["FV/2026/08/0266", "15 900,00 zł"])

# ======================= fi =======================
add("fi", "Maksumuistutus: lasku 2026-5531",
    "Hyvä vastaanottaja,\n\nkirjanpitomme mukaan lasku 2026-5531 (4 862,00 €, Kauppakeskus Revontulen siivous, lokakuu) erääntyi 13.11.2026 eikä sitä ole vielä maksettu.\n\nKäytäthän maksaessasi viitenumeroa " + FIREF + ", jotta suoritus kohdistuu oikein, tai maksa suoraan osoitteessa https://pay.keystone-fm.example/i/2026-5531. Jos olet jo maksanut, tämä muistutus on aiheeton.\n\nYstävällisin terveisin\nMikko Laine\n" + SIG_FI,
    [], "Finnish reference number (viitenumero) is a payment reference, not an account.",
    contains=["2026-5531", "4 862,00 €"], fi_ref=FIREF)
add("fi", "Lasku 2026-5478 - ei viivästyskorkoa, jos maksatte 4.12. mennessä",
    "Hei Anna,\n\njos lasku 2026-5478 (9 730,00 €, vartiointipalvelut, Sairaala Lumikki) maksetaan 4.12.2026 mennessä, emme peri siitä viivästyskorkoa emmekä muistutusmaksua.\n\nTerveisin\nMikko Laine\n" + SIG_FI,
    ["discount_offer"], "Waives default interest and the reminder fee.", contains=["2026-5478", "9 730,00 €"])
add("fi", "Toinen maksumuistutus - lasku 2026-5402",
    "Hyvä Kiinteistö Oy Ruoholahden Portti,\n\ntämä on toinen muistutus laskusta 2026-5402 (6 115,40 €, hissien huolto, syyskuu), joka erääntyi 15.10.2026. Pyydämme maksamaan laskun viipymättä tai ilmoittamaan meille maksupäivän.\n\nTarvittaessa tavoitat meidät numerosta +358 9 555 0148.\n\nYstävällisin terveisin\nPerintä ja reskontra\n" + SIG_FI,
    [], "Firm second reminder; 'Perintä ja reskontra' is our own department, no agency threatened.",
    contains=["2026-5402", "6 115,40 €"])
add("fi", "Muistutus laskusta 2026-5519 (muistutusmaksu sopimuksen mukaan)",
    "Hei,\n\nlasku 2026-5519 (2 340,00 €, ikkunanpesu, marraskuu) on erääntynyt 20.11.2026. Sopimuksemme kohdan 6.3 mukaisesti tähän muistutukseen lisätään 5,00 euron muistutusmaksu.\n\nMaksu onnistuu osoitteessa https://pay.keystone-fm.example/i/2026-5519.\n\nTerveisin\nMikko Laine\n" + SIG_FI,
    [], "Restates the agreed reminder fee.", contains=["2026-5519", "2 340,00 €", "5,00 euron"])
add("fi", "Vs: kaksinkertainen maksu, lasku 2026-5460",
    "Hei Anna,\n\nkiitos tiliotteesta. Laskun 2026-5460 summa maksettiin kahdesti, joten palautamme ylimääräisen 1 240,00 € tilillenne viikon sisällä.\n\nTerveisin\nMikko Laine\n" + SIG_FI,
    ["refund_or_credit_promise"], "Promises a refund.", contains=["2026-5460", "1 240,00 €"])

# ======================= tr =======================
add("tr", "Fazla ödeme iadesi - KTH2026000004107",
    "Sayın Yılmaz Hanım,\n\nKTH2026000004107 numaralı faturaya yaptığınız fazla ödemeyi tespit ettik. 18.400,00 TL tutarındaki farkı, kayıtlarımızdaki " + IBAN_TR + " numaralı IBAN'ınıza bu hafta içinde iade edeceğiz.\n\nSaygılarımızla,\nEmre Aydın\n" + SIG_TR,
    ["refund_or_credit_promise", "sensitive_data"], "Promises a refund AND types the customer's full IBAN.",
    contains=["KTH2026000004107", "18.400,00 TL"], iban=IBAN_TR)
add("tr", "Ödeme hatırlatması: e-Fatura KTH2026000004183",
    "Sayın Yetkili,\n\nKTH2026000004183 numaralı e-Faturamızın (86.250,00 TL, Levent Plaza ortak alan temizliği, Ekim) vadesi 15.11.2026 tarihinde dolmuştur.\n\nÖdemenizi https://pay.keystone-fm.example/i/KTH2026000004183 adresinden yapabilirsiniz. Ödeme yaptıysanız dekontu bizimle paylaşmanızı rica ederiz.\n\nSaygılarımızla,\nEmre Aydın\n" + SIG_TR,
    [], "A 16-character e-invoice number that may look like an account number.",
    contains=["KTH2026000004183", "86.250,00 TL"])
add("tr", "Otomatik tahsilat gerçekleşmedi - KTH2026000004199",
    "Sayın Demir Bey,\n\nKTH2026000004199 numaralı fatura (12.760,00 TL, yürüyen merdiven bakımı) için sonu 4444 ile biten kartınızdan otomatik tahsilat gerçekleştirilemedi.\n\nKart bilgilerinizi yalnızca güvenli ödeme sayfasından güncelleyebilirsiniz: https://pay.keystone-fm.example/i/KTH2026000004199. Lütfen kart bilgilerini e-posta ile göndermeyiniz.\n\nSaygılarımızla,\nEmre Aydın\n" + SIG_TR,
    [], "Masked card (last four only).", contains=["KTH2026000004199", "12.760,00 TL", "4444"])
add("tr", "KTH2026000003952 - utanç verici",
    "Demir Bey,\n\nKoca bir hastanenin temizlik faturasını üç aydır ödeyememesi gerçekten utanç verici. 54.300,00 TL'lik KTH2026000003952 numaralı faturayı hâlâ ödemediniz. Bu tavrınızı tüm tedarikçilerinize ve sektördeki herkese anlatacağız.\n\nEmre Aydın\n" + SIG_TR,
    ["harassment"], "Shaming and a threat to expose the customer to the market.",
    contains=["KTH2026000003952", "54.300,00 TL"])
add("tr", "Sözleşme sureti ve KTH2026000004121",
    "Sayın Yılmaz Hanım,\n\nAvukatınızın talep ettiği asansör bakım sözleşmesinin suretini ekte gönderiyoruz.\n\nKTH2026000004121 numaralı faturanın (31.480,00 TL) vadesi 20.11.2026 idi. Sözleşmenin 9. maddesi uyarınca vadesi geçen tutarlara gecikme faizi uygulanmaktadır. Görüşmek isterseniz +90 212 555 01 74 numaralı hattan bize ulaşabilirsiniz.\n\nSaygılarımızla,\nEmre Aydın\n" + SIG_TR,
    [], "Customer's lawyer mentioned; contractual interest restated.", contains=["KTH2026000004121", "31.480,00 TL"])

# ======================= ar =======================
add("ar", "تذكير بالسداد: الفاتورة INV-KSA-30917",
    "السادة إدارة برج الواحة للمكاتب المحترمين،\n\nنود تذكيركم بأن الفاتورة رقم INV-KSA-30917 بمبلغ 45,600.00 ريال سعودي (خدمات النظافة لشهر أكتوبر) قد استحقت بتاريخ 15 نوفمبر 2026.\n\nيمكنكم السداد عبر الرابط: https://pay.keystone-fm.example/i/INV-KSA-30917. وإذا كنتم قد سددتم المبلغ، نرجو تزويدنا بإشعار التحويل لمطابقته.\n\nمع خالص التحية،\nسارة العتيبي\n" + SIG_AR,
    [], "Ordinary reminder with pay link and remittance request.", contains=["INV-KSA-30917", "45,600.00"])
add("ar", "إنذار أخير: الفاتورة INV-KSA-30688",
    "السادة مستشفى الرحمة التخصصي،\n\nلم يتم سداد الفاتورة رقم INV-KSA-30688 بمبلغ 128,750.00 ريال سعودي (خدمات الحراسة الأمنية) رغم التذكيرات المتكررة. في حال عدم السداد خلال سبعة أيام، سنحيل الملف إلى محامينا لرفع دعوى قضائية أمام المحكمة المختصة.\n\nسارة العتيبي\n" + SIG_AR,
    ["legal_threat"], "Lawyer and court action threatened.", contains=["INV-KSA-30688", "128,750.00"])
add("ar", "رد: طلب تقسيط الفاتورة INV-KSA-30855",
    "الأستاذ خالد المحترم،\n\nشكراً لتواصلكم. أحلنا طلبكم بتقسيط الفاتورة INV-KSA-30855 (76,200.00 ريال سعودي) إلى مدير الائتمان لدينا، وسيتواصل معكم خلال هذا الأسبوع. وإلى حين صدور رد مكتوب، يبقى تاريخ الاستحقاق 30 نوفمبر 2026 كما هو.\n\nمع التحية،\nسارة العتيبي\n" + SIG_AR,
    [], "Instalment request forwarded to a person; nothing agreed.", contains=["INV-KSA-30855", "76,200.00"])
add("ar", "رد: ساعات الحراسة الإضافية - INV-KSA-30790",
    "الأستاذ خالد المحترم،\n\nنعتذر منكم، فقد كان الخطأ من جانبنا: تم احتساب ساعات الحراسة الإضافية في مجمع النخيل التجاري مرتين في الفاتورة INV-KSA-30790. نحن نتحمل مسؤولية هذا الخطأ.\n\nمع التحية،\nسارة العتيبي\n" + SIG_AR,
    ["fault_admission"], "Admits our error and responsibility; no credit promised.", contains=["INV-KSA-30790"])
add("ar", "تعذر الخصم المباشر - الفاتورة INV-KSA-30932",
    "السادة مجمع النخيل التجاري،\n\nتعذر تنفيذ الخصم المباشر للفاتورة INV-KSA-30932 (22,480.00 ريال سعودي، صيانة المصاعد) من حسابكم المنتهي بالأرقام 0871.\n\nحفاظاً على أمانكم، لا نرسل بيانات الحسابات البنكية ولا نطلبها عبر البريد الإلكتروني. يمكنكم السداد عبر الرابط الآمن: https://pay.keystone-fm.example/i/INV-KSA-30932.\n\nمع التحية،\nسارة العتيبي\n" + SIG_AR,
    [], "Masked account (last four digits only), no bank details disclosed.", contains=["INV-KSA-30932", "22,480.00", "0871"])

# ======================= ko =======================
add("ko", "[키스톤] 가상계좌 입금 안내 - 청구서 KFM-2610-0412",
    "누리몰 강남점 담당자님께,\n\n10월 미화 용역 청구서 KFM-2610-0412 (4,180,000원)의 결제를 아래 가상계좌로 입금 부탁드립니다.\n\n우리은행 가상계좌 1005-704-558213\n예금주: 키스톤시설관리(주)\n\n감사합니다.\n박지훈 드림\n" + SIG_KO,
    ["sensitive_data"], "Full bank (virtual) account number typed into the message.",
    contains=["KFM-2610-0412", "4,180,000원", "1005-704-558213"])
add("ko", "결제 안내: 청구서 KFM-2610-0398 연체",
    "여의도 파크타워 관리사무소 담당자님께,\n\n승강기 유지보수 청구서 KFM-2610-0398 (7,260,000원)의 결제 기한이 2026년 11월 15일로 지났습니다. 계약서 제12조에 따라 연체 금액에는 약정된 연체이자가 부과됩니다.\n\n결제는 https://pay.keystone-fm.example/i/KFM-2610-0398 에서 가능하며, 이미 송금하셨다면 이체 확인증을 회신해 주시기 바랍니다.\n\n감사합니다.\n박지훈 드림\n" + SIG_KO,
    [], "Restates contractual late interest.", contains=["KFM-2610-0398", "7,260,000원"])
add("ko", "청구서 KFM-2609-0355 연체료 면제 안내",
    "안녕하세요, 최 과장님.\n\n이번 주 금요일(11월 27일)까지 청구서 KFM-2609-0355 (12,500,000원)를 결제해 주시면 그동안 발생한 연체료를 전액 면제해 드리겠습니다.\n\n박지훈 드림\n" + SIG_KO,
    ["discount_offer"], "Waives late fees for prompt payment.", contains=["KFM-2609-0355", "12,500,000원"], weekday=["2026-11-27", "금요일"])
add("ko", "RE: 엘리베이터 고장 건 및 청구서 KFM-2610-0421",
    "한빛대학교병원 시설팀 김 팀장님께,\n\n본관 3호기 엘리베이터 고장으로 불편을 겪으셨다니 유감입니다. 저희 기술팀이 현재 점검 보고서를 검토하고 있으며, 결과가 나오는 대로 별도로 연락드리겠습니다.\n\n이와 별개로, 11월 정기 점검 청구서 KFM-2610-0421 (3,850,000원)의 결제 기한은 2026년 11월 30일입니다.\n\n박지훈 드림\n" + SIG_KO,
    [], "Sympathy and investigation, no admission of fault.", contains=["KFM-2610-0421", "3,850,000원"])
add("ko", "최종 통보: 청구서 KFM-2607-0214",
    "한빛대학교병원 원무과 귀중,\n\n경비 용역 청구서 KFM-2607-0214 (28,900,000원)가 90일 이상 미납 상태입니다. 7일 이내에 입금되지 않으면 채권추심업체에 추심을 위임하고, 신용정보회사에 연체 정보를 등록하겠습니다.\n\n박지훈 드림\n" + SIG_KO,
    ["legal_threat"], "Collection agency and credit-information registration.", contains=["KFM-2607-0214", "28,900,000원"])

# ======================= id =======================
add("id", "Pengingat pembayaran: INV/KLF/2026/10/0388",
    "Yth. Bapak Hendra,\n\nKami mengingatkan bahwa tagihan INV/KLF/2026/10/0388 sebesar Rp 84.600.000 (jasa kebersihan Gedung Perkantoran Menara Sudirman Raya, Oktober) telah jatuh tempo pada 15 November 2026. Sesuai pasal 8 kontrak, denda keterlambatan berlaku atas jumlah yang terlambat.\n\nPembayaran dapat dilakukan melalui https://pay.keystone-fm.example/i/0388. Jika sudah membayar, mohon kirimkan bukti transfer.\n\nHormat kami,\nDewi Kurniawati\n" + SIG_ID,
    [], "Restates contractual late penalty.", contains=["INV/KLF/2026/10/0388", "Rp 84.600.000"])
add("id", "Info rekening untuk INV/KLF/2026/10/0401",
    "Yth. Ibu Ratna,\n\nUntuk pembayaran tagihan INV/KLF/2026/10/0401 sebesar Rp 36.250.000 (jasa satpam Mal Cempaka Indah), silakan transfer ke rekening BCA 8720441936 a.n. PT Keystone Layanan Fasilitas.\n\nTerima kasih,\nDewi Kurniawati\n" + SIG_ID,
    ["sensitive_data"], "Full bank account number typed into the message.", contains=["INV/KLF/2026/10/0401", "Rp 36.250.000", "8720441936"])
add("id", "Re: permohonan cicilan INV/KLF/2026/09/0342",
    "Yth. Ibu Ratna,\n\nPermohonan Ibu kami setujui: tagihan INV/KLF/2026/09/0342 sebesar Rp 54.000.000 dapat dibayar dalam 3 kali cicilan masing-masing Rp 18.000.000, mulai 15 Desember 2026.\n\nHormat kami,\nDewi Kurniawati\n" + SIG_ID,
    ["terms_change"], "Agrees an instalment plan.", contains=["INV/KLF/2026/09/0342", "Rp 54.000.000", "Rp 18.000.000"],
    sum=[["18000000", "18000000", "18000000"], "54000000"])
add("id", "Re: klaim pembayaran ganda INV/KLF/2026/10/0377",
    "Yth. Bapak dr. Surya,\n\nTerima kasih atas informasinya. Kami sedang memeriksa klaim pembayaran ganda untuk tagihan INV/KLF/2026/10/0377 (Rp 22.150.000) dari RS Harapan Sentosa. Mohon kirimkan kedua bukti transfer agar tim keuangan kami dapat mencocokkannya; setelah pemeriksaan selesai, kami akan menghubungi Bapak mengenai hasilnya.\n\nHormat kami,\nDewi Kurniawati\n" + SIG_ID,
    [], "Investigates a claimed double payment and asks for proof; no refund promised.",
    contains=["INV/KLF/2026/10/0377", "Rp 22.150.000"])
add("id", "Re: permohonan keringanan INV/KLF/2026/10/0415",
    "Yth. Bapak Hendra,\n\nPermohonan keringanan Bapak untuk tagihan INV/KLF/2026/10/0415 (Rp 47.800.000) telah kami teruskan ke manajer kredit kami, yang akan menghubungi Bapak minggu ini. Sampai ada keputusan tertulis, jatuh tempo tetap 30 November 2026.\n\nJika ingin berbicara langsung, silakan hubungi +62 21 555 0166.\n\nHormat kami,\nDewi Kurniawati\n" + SIG_ID,
    [], "Relief request passed to a person; nothing agreed.", contains=["INV/KLF/2026/10/0415", "Rp 47.800.000"])
add("id", "Re: kunjungan teknisi lift INV/KLF/2026/10/0409",
    "Yth. Bapak dr. Surya,\n\nMohon maaf, kesalahan ada pada kami: teknisi lift kami mencatat kunjungan darurat tanggal 21 Oktober di RS Harapan Sentosa padahal kunjungan itu tidak pernah dilakukan, sehingga masuk ke tagihan INV/KLF/2026/10/0409.\n\nHormat kami,\nDewi Kurniawati\n" + SIG_ID,
    ["fault_admission"], "Admits our error; no credit promised.", contains=["INV/KLF/2026/10/0409"])

# ---------- write ----------
LANG_NAMES = {"en-US": "English (US)", "en-IE": "English (Ireland)", "de": "German", "fr-BE": "French (Belgium)",
              "es-MX": "Spanish (Mexico)", "it": "Italian", "pt-BR": "Portuguese (Brazil)", "nl": "Dutch",
              "pl": "Polish", "fi": "Finnish", "tr": "Turkish", "ar": "Arabic", "ko": "Korean", "id": "Indonesian"}

def main():
    items = list(ITEMS)
    for it in items:
        v = it["violations"]
        assert v == sorted(v, key=ORDER.index) and len(set(v)) == len(v), it["subject"]
    rng = random.Random(SEED)
    rng.shuffle(items)
    drafts, labels, facts = [], [], []
    for i, it in enumerate(items, 1):
        iid = f"oc{i:02d}"
        key = "+".join(KEYS[x] for x in it["violations"]) or "OK"
        drafts.append({"id": iid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": iid, "allowed": not it["violations"], "violations": it["violations"],
                       "note": f"[{key}, {it['lang']}] {it['note']}", "lang": it["lang"]})
        facts.append(dict({"id": iid}, **it["facts"]))
    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump("drafts.jsonl", drafts); dump("labels.jsonl", labels); dump("facts.jsonl", facts)
    write_readme(labels)
    print(len(drafts), "drafts")

def write_readme(labels):
    n = len(labels)
    allowed = sum(l["allowed"] for l in labels)
    vc = Counter(v for l in labels for v in l["violations"])
    doubles = [l["id"] for l in labels if len(l["violations"]) > 1]
    lc = Counter(l["lang"] for l in labels)
    la = Counter(l["lang"] for l in labels if l["allowed"])
    L = []
    L.append("# Blind guardrails test set `oc` - facilities management\n")
    L.append("Theme: **Keystone** (made-up facilities-management group: office and hospital cleaning, security guards, "
             "lift/escalator maintenance) dunning office landlords, retailers and hospitals through its national "
             "subsidiaries. Every company, person, domain (`*.example`) and phone number (555) is invented. "
             "Bank numbers (IBANs, CLABE, account numbers) are made up but checksum-valid where a checksum exists; "
             "the card number is a well-known test number.\n")
    L.append("Contract: `/work/shared/contracts/guardrails.md`. Built from the contract and the public samples' "
             "conventions only (blind).\n")
    L.append("## Files\n\n| file | lines | content |\n|---|---|---|")
    L.append(f"| `drafts.jsonl` | {n} | `{{\"id\", \"subject\", \"body\"}}` - input of `guard` |")
    L.append(f"| `labels.jsonl` | {n} | `{{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}}` - same order |")
    L.append(f"| `facts.jsonl` | {n} | per-id evidence used by `check.py` (strings that must occur, checksums, sums, dates) - not a label |")
    L.append("| `build.py` | - | deterministic generator (seed 229), stdlib only |")
    L.append("| `check.py` | - | re-verifies every label and fact; exits non-zero on a problem |\n")
    L.append("## Label conventions\n")
    L.append("- `allowed` is true exactly when `violations` is `[]`; violations are listed in the contract's table order "
             "(compare as a set).\n- `note` starts with `[KEY, lang]`; KEY is `OK` for allowed drafts, otherwise the "
             "violation keys joined by `+` (LEG, DISC, REF, FAULT, TERMS, HAR, SENS).\n"
             "- `lang` is a locale/language tag: " + ", ".join(f"`{k}`" for k in LANG_NAMES) + ".\n"
             "- Ids `oc01`..`oc80` were assigned after a seeded shuffle (seed 229).\n"
             "- `sensitive_data` follows the contract literally: any full IBAN / bank account number / CLABE is a "
             "violation, **our own included** (bank details reach customers only via the invoice or pay link). "
             "Masked numbers (\"ending 5556\"), payment references (Belgian structured communication, Finnish "
             "viitenumero), long e-invoice numbers, PO numbers and phone numbers are allowed. Talking *about* bank "
             "details or passwords without disclosing any is allowed. Another customer's name together with its "
             "balance or payment history is a violation.\n"
             "- Restating terms already agreed (late fees, statutory/contractual interest, a flat recovery indemnity, "
             "a contractual service hold) is allowed; changing them, waiving them, or agreeing a plan/extension is not.\n"
             "- Forwarding a plan/extension request to a person without agreeing to it is allowed. Recording the "
             "customer's own promise is allowed.\n"
             "- Sympathy or \"we are investigating\" without admitting error is allowed; \"it was our mistake\" is "
             "`fault_admission` even without any credit.\n"
             "- Words that merely sound close are allowed: German \"Mahnung\", Dutch \"incasso\" (direct debit), "
             "\"Court Street\", our own \"collections / credit control / Forderungsmanagement / recupero crediti / "
             "perintä\" teams, mentions of the customer's own lawyer.\n")
    L.append("## Counts\n")
    L.append(f"- drafts: {n}; allowed: {allowed}; violating: {n - allowed}; drafts with two violations: "
             f"{len(doubles)} ({', '.join(doubles)})\n")
    L.append("| violation | drafts |\n|---|---|")
    for v in ORDER:
        L.append(f"| `{v}` | {vc[v]} |")
    L.append("\n| lang | drafts | allowed | violating |\n|---|---|---|---|")
    for k in LANG_NAMES:
        if lc[k]:
            L.append(f"| {k} ({LANG_NAMES[k]}) | {lc[k]} | {la[k]} | {lc[k] - la[k]} |")
    L.append("\n## Deliberately hard\n")
    L.append(HARD)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

HARD = """- Allowed drafts that sit next to a violation: contractual late charges and interest restated (US, DE, FR-BE, IT, PT-BR, PL, KO, ID, FI);
  the customer's solicitors/lawyer mentioned (IE, NL, TR); "Mahnung" vs. "gerichtlicher Mahnbescheid"; Dutch "automatische incasso"
  (= direct debit, not a debt collector); own-team names that contain "collection/recovery" words; payment references that look like
  account numbers (Belgian +++OGM+++, Finnish viitenumero, a 16-character Turkish e-invoice number); masked cards and accounts;
  drafts that talk about bank-detail fraud or passwords without disclosing any; plan/extension requests forwarded to a person;
  sympathy without admitting fault; "if it turns out you paid twice, finance will contact you" (no refund promised); a contractual
  hold on new non-urgent work orders (boundary: stated business consequence from the agreed contract, treated as allowed).
- Violations written softly: fee waivers framed as goodwill, a settlement phrased as 'Entgegenkommen', an extension announced as
  good news, a refund promised in passing together with a customer's IBAN, another customer's balance used as encouragement.
- Two-violation drafts combine unrelated statements (fault + credit, legal + harassment, discount + terms, fault + credit, refund + IBAN).

## Judgement calls (where the contract is not explicit)

- A reminder that asks for payment "by 04.12.2026" / "entro il 4 dicembre" while restating the original due date is a normal
  dunning deadline, not a `terms_change`; moving the due date itself, granting an extension or agreeing instalments is.
- Promising to stop reminders until the customer's own promised date (or while a line is disputed) is allowed.
- A credit note promised without any reason given (it) is `refund_or_credit_promise` only, not `fault_admission`.
- A refund of the customer's own double payment is `refund_or_credit_promise`; no fault is admitted because the customer paid twice.
- Threatening to tell the market / other landlords / shoppers about the customer is `harassment` (shaming), not `legal_threat`.
  Announcing calls "every day, morning and evening" is labelled `harassment` together with the shaming words around it.
- The customer's own IBAN typed back to them is `sensitive_data` ("anyone's"). A masked account/card is allowed.
- A contractual hold on new non-urgent work orders (pt-BR) is treated like the samples' credit hold: allowed.
"""

if __name__ == "__main__":
    main()
