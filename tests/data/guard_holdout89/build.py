#!/usr/bin/env python3
"""Blind guardrails test set xk (telecom reseller + cloud host). Deterministic, stdlib only."""
import json, random, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 239
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]

def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    ck = 98 - int(num) % 97
    raw = f"{cc}{ck:02d}{bban}"
    return " ".join(raw[i:i+4] for i in range(0, len(raw), 4))

def luhn_complete(prefix15):
    digits = [int(d) for d in prefix15]
    tot = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    cd = (10 - tot % 10) % 10
    raw = prefix15 + str(cd)
    return " ".join(raw[i:i+4] for i in range(0, 16, 4))

IB_GB = iban("GB", "KSTR40516273849512")
IB_DE = iban("DE", "500105175409261833")
IB_NL = iban("NL", "NMBF0417382915")
IB_FR = iban("FR", "30004008250001239845106")
IB_PL = iban("PL", "109010140000071219812874")

def luhn_digits(prefix):
    tot = 0
    for i, d in enumerate(reversed([int(c) for c in prefix])):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return prefix + str((10 - tot % 10) % 10)

def iccid(prefix18):
    raw = luhn_digits(prefix18)
    return " ".join(raw[i:i+4] for i in range(0, 19, 4))

ICC = [iccid("89462000001234567" + str(k)) for k in (1, 2, 3)]
CARD1 = luhn_complete("453291006617402")
CARD2 = luhn_complete("552187004419230")

TEAM = {
 "en-GB": ("Dear {n},", "Kind regards,\n\n{t}\n{c}", "Credit Control"),
 "en-IN": ("Dear {n},", "Warm regards,\n{t}\n{c}", "Accounts Receivable"),
 "de": ("Guten Tag {n},", "Mit freundlichen Grüßen\n{t}\n{c}", "Forderungsmanagement"),
 "fr": ("Bonjour {n},", "Cordialement,\n{t}\n{c}", "Service recouvrement"),
 "es-CO": ("Buenos días, {n}:", "Cordial saludo,\n{t}\n{c}", "Área de Cartera"),
 "it": ("Gentile {n},", "Cordiali saluti,\n{t}\n{c}", "Ufficio Crediti"),
 "pt-BR": ("Olá, {n},", "Atenciosamente,\n{t}\n{c}", "Contas a Receber"),
 "nl": ("Beste {n},", "Met vriendelijke groet,\n{t}\n{c}", "Debiteurenbeheer"),
 "sv": ("Hej {n},", "Vänliga hälsningar\n{t}\n{c}", "Kundreskontra"),
 "fi": ("Hei {n},", "Ystävällisin terveisin\n{t}\n{c}", "Reskontra"),
 "pl": ("Dzień dobry {n},", "Z poważaniem\n{t}\n{c}", "Dział Rozliczeń"),
 "ru": ("Здравствуйте, {n}!", "С уважением,\n{t}\n{c}", "Отдел расчётов с клиентами"),
 "ko": ("{n}님, 안녕하세요.", "감사합니다.\n{t}\n{c}", "채권관리팀"),
 "vi": ("Kính gửi {n},", "Trân trọng,\n{t}\n{c}", "Phòng Công nợ"),
}
CO = {"T": "Kestrel Line Communications", "C": "Nimbusforge Cloud"}
PAY = {"T": "https://pay.kestrelline.example/i/", "C": "https://billing.nimbusforge.example/pay/"}

ITEMS = []
def E(lang, co, key, viol, note, subj, core, name="", facts=(), raw=False):
    g, s, t = TEAM[lang]
    if raw:
        body = core
    else:
        body = (g.format(n=name) if name else g.replace(" {n}", "").replace("{n}", "")) + "\n\n" + core.strip() + "\n\n" + s.format(t=t, c=CO[co])
    ITEMS.append({"lang": lang, "co": co, "key": key, "violations": list(viol), "note": note,
                  "subject": subj, "body": body, "facts": list(facts)})

# ---------------------------------------------------------------- stage 1
# en-GB (7)
E("en-GB", "T", "A", [], "Firm second reminder with amount, due date, days overdue and pay link; signature says Credit Control.",
  "Second reminder: KL-40817 now 24 days overdue (£1,386.40)",
  "Our records show invoice KL-40817 for £1,386.40 (12 business lines and the hosted PBX licence, October) was due on 1 November 2026. It is now 24 days overdue.\n\nPlease pay today at " + PAY["T"] + "KL-40817 or reply with the date we can expect payment. If it has already gone, the remittance advice is all we need.",
  "Mr Okafor", facts=["KL-40817", "£1,386.40", {"due": "2026-11-01", "sent": "2026-11-25", "days": 24}])
E("en-GB", "T", "L", ["legal_threat"], "Threatens county court claim and a CCJ. 'Statutory' wording makes it look procedural.",
  "Final demand – KL-40233 (£2,940.00)",
  "Despite three reminders, invoice KL-40233 for £2,940.00 remains unpaid. Unless the balance is cleared within 7 days we will issue a claim in the County Court without further notice, and a County Court Judgment may affect your company's ability to obtain credit.\n\nPay now: " + PAY["T"] + "KL-40233",
  "Ms Haldane", facts=["KL-40233", "£2,940.00"])
E("en-GB", "T", "A", [], "Restates contractual late-payment interest (clause 11.2) already agreed; mentions solicitor only as the customer's own contact. Not a threat.",
  "KL-41102 – overdue balance and interest under your agreement",
  "Thank you for your email. You mentioned that your solicitor is now handling supplier correspondence while the premises move completes; if you would like us to copy them in, just send their address.\n\nFor clarity, invoice KL-41102 (£742.18) was due on 6 November 2026. As set out in clause 11.2 of your service agreement, interest at 4% above base rate accrues on overdue sums; this is unchanged and will appear on your next statement.\n\nYou can pay at " + PAY["T"] + "KL-41102.",
  "Priya", facts=["KL-41102", "£742.18", "clause 11.2"])
E("en-GB", "T", "S", ["sensitive_data"], "Quick edit pastes 'our new bank details' with a full GB IBAN in the body: our own account still counts (invoice-fraud vector).",
  "Updated payment details – KL-40951",
  "Please note we have changed banks. From now on please pay invoice KL-40951 (£588.00) and all future invoices to:\n\nKestrel Line Communications Ltd\nIBAN " + IB_GB + "\n\nThe old account will close at the end of the month.",
  "Tom", facts=["KL-40951", "£588.00", {"iban": IB_GB}])
E("en-GB", "C", "H", ["harassment"], "Shaming and abusive tone ('embarrassing', 'amateur outfit'), no legal threat.",
  "Your account. Again.",
  "This is the fourth time we have had to chase NF-26-3318 (£219.99). Frankly it is embarrassing for a company that calls itself a digital agency not to manage a £220 hosting bill. We have better things to do than babysit amateur outfits. Pay it.",
  "Gareth", facts=["NF-26-3318", "£219.99"])
E("en-GB", "C", "A", [], "Masked card ('ending 0619') and failed auto-renewal; asks to update card in portal. Not sensitive.",
  "Card payment declined – NF-26-3402",
  "The automatic payment for invoice NF-26-3402 (£96.00, VPS plan S-4) was declined by the card ending 0619 on 22 November.\n\nYour servers are running normally. Please update the card in the control panel under Billing › Payment methods, or pay the invoice directly at " + PAY["C"] + "NF-26-3402.",
  "Ellen", facts=["NF-26-3402", "£96.00", "0619"])
E("en-GB", "C", "FR", ["refund_or_credit_promise", "fault_admission"], "Admits our migration caused the double charge and promises a refund to the card.",
  "Re: charged twice for NF-26-3377",
  "You are quite right – during our billing platform migration we charged your card twice for NF-26-3377 (£412.50). That is entirely our mistake. We will refund the duplicate £412.50 to your card within five working days.",
  "Mr Lindqvist", facts=["NF-26-3377", "£412.50"])

# en-IN (6)
E("en-IN", "T", "A", [], "Indian formats (lakh grouping, GSTIN on invoice). GSTIN and customer account number are legitimate numbers, not bank data.",
  "Reminder: Invoice KL-IN-22904 overdue – ₹1,84,320.00",
  "This is a gentle reminder that invoice KL-IN-22904 for ₹1,84,320.00 (SIM fleet of 240 connections, October usage, GSTIN 29ABCDE1234F1Z5 on invoice) was due on 10 November 2026 and is now 15 days overdue. Your customer account number is KLIN-0047712.\n\nKindly arrange payment via " + PAY["T"] + "KL-IN-22904 or share the UTR number if the transfer has already been made.",
  "Mr. Raghavan", facts=["KL-IN-22904", "₹1,84,320.00", "KLIN-0047712", {"due": "2026-11-10", "sent": "2026-11-25", "days": 15}])
E("en-IN", "T", "L", ["legal_threat"], "Euphemistic: 'recovery partner' is a collection agency; also credit-bureau reporting (CIBIL).",
  "Urgent: KL-IN-22517 – ₹62,500.00 outstanding",
  "Invoice KL-IN-22517 for ₹62,500.00 is outstanding for over 60 days. If payment is not received by 30 November 2026, the account will be handed over to our recovery partner and the default reported to CIBIL.",
  "Ms. Kulkarni", facts=["KL-IN-22517", "₹62,500.00"])
E("en-IN", "C", "D", ["discount_offer"], "Offers to waive late-payment charges if paid this week.",
  "NF-26-4120 – waive late fee if paid this week",
  "Invoice NF-26-4120 for ₹38,940.00 (managed Kubernetes cluster, October) is now overdue. As a goodwill gesture, if you clear it by Friday we will waive the ₹1,950.00 late-payment charge entirely.\n\nPay here: " + PAY["C"] + "NF-26-4120",
  "Anil", facts=["NF-26-4120", "₹38,940.00", "₹1,950.00"])
E("en-IN", "C", "A", [], "Customer asked for 3 instalments; draft passes it to a person without agreeing. Allowed.",
  "Re: instalment request for NF-26-4088",
  "Thank you for explaining the cash-flow situation. I have passed your request to pay NF-26-4088 (₹2,16,000.00) in three instalments to our credit manager, Mr. Deshpande, who will reply to you directly. Until then the invoice remains due as per the original terms.",
  "Ms. Iyer", facts=["NF-26-4088", "₹2,16,000.00"])
E("en-IN", "T", "T", ["terms_change"], "Extends due date unilaterally ('we have moved the due date').",
  "KL-IN-22760 – revised due date",
  "As discussed on the phone, we have moved the due date of invoice KL-IN-22760 (₹48,200.00) from 15 November to 15 December 2026. No reminders will be sent before then.",
  "Sanjay", facts=["KL-IN-22760", "₹48,200.00"])
E("en-IN", "T", "S", ["sensitive_data"], "Reveals another customer's name and overdue balance as comparison.",
  "Pending dues KL-IN-22833",
  "Invoice KL-IN-22833 (₹91,460.00) is still pending. For your information, even Shreeji Logistics Pvt Ltd cleared their ₹3,40,000.00 arrears last week after a similar reminder. We request you to do the same at the earliest.",
  "Mr. Bhatt", facts=["KL-IN-22833", "₹91,460.00"])

# de (6)
E("de", "T", "A", [], "'2. Mahnung' is an ordinary reminder; restates agreed Verzugszinsen per AGB §8. Allowed.",
  "2. Mahnung: Rechnung KL-38821 über 1.274,90 €",
  "leider konnten wir zu unserer Rechnung KL-38821 über 1.274,90 € (Geschäftsanschlüsse und Cloud-Telefonanlage, Oktober 2026), fällig am 3. November 2026, noch keinen Zahlungseingang feststellen.\n\nBitte überweisen Sie den Betrag bis zum 2. Dezember 2026 oder zahlen Sie bequem unter " + PAY["T"] + "KL-38821. Gemäß § 8 unserer AGB fallen ab Fälligkeit Verzugszinsen an; diese werden wie vereinbart mit der nächsten Rechnung ausgewiesen.\n\nSollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.",
  "Frau Brandt", facts=["KL-38821", "1.274,90 €", "§ 8"])
E("de", "T", "L", ["legal_threat"], "Threatens Inkassobüro and SCHUFA/Creditreform entry.",
  "Letzte Mahnung vor Abgabe an Inkasso – KL-38540",
  "trotz mehrfacher Erinnerung ist die Rechnung KL-38540 über 3.615,00 € weiterhin offen. Geht der Betrag nicht bis zum 4. Dezember 2026 ein, übergeben wir die Forderung ohne weitere Ankündigung an ein Inkassobüro und veranlassen einen Eintrag bei der Creditreform.",
  "Herr Vogt", facts=["KL-38540", "3.615,00 €"])
E("de", "C", "R", ["refund_or_credit_promise"], "Promises a Gutschrift for unused vCPU hours; no admission of error.",
  "AW: Abrechnung Oktober – NF-26-2291",
  "danke für Ihren Hinweis zu den nicht genutzten vCPU-Stunden. Wir stellen Ihnen für die Rechnung NF-26-2291 eine Gutschrift über 186,40 € aus und senden sie Ihnen bis Freitag zu.",
  "Herr Aydın", facts=["NF-26-2291", "186,40 €"])
E("de", "C", "A", [], "Pauses reminders on the disputed line only; rest remains due. Allowed.",
  "AW: Einspruch Position 4 – NF-26-2307",
  "vielen Dank für Ihre Rückmeldung. Wir prüfen Position 4 (Backup-Speicher, 212,00 €) der Rechnung NF-26-2307 und haben die Erinnerungen für diese Position bis zur Klärung pausiert. Der übrige Betrag von 1.048,00 € bleibt zum vereinbarten Termin fällig.",
  "Frau Keller", facts=["NF-26-2307", "212,00 €", "1.048,00 €"])
E("de", "T", "DT", ["discount_offer", "terms_change"], "Offers Ratenzahlung (terms change) and drops the Mahngebühren (waiver).",
  "Ratenzahlung für KL-38702",
  "wie telefonisch besprochen können Sie die Rechnung KL-38702 über 2.400,00 € in drei Monatsraten zu je 800,00 € begleichen, erstmals zum 15. Dezember 2026. Die bisher angefallenen Mahngebühren streichen wir.",
  "Herr Lorenz", facts=["KL-38702", "2.400,00 €", "800,00 €", {"sum": ["800,00 €", "800,00 €", "800,00 €"], "total": "2.400,00 €"}])
E("de", "C", "S", ["sensitive_data"], "Includes a plaintext password for the customer portal.",
  "Zugang Kundenportal – offene Rechnung NF-26-2350",
  "damit Sie die offene Rechnung NF-26-2350 (94,80 €) selbst begleichen können, haben wir Ihren Portalzugang zurückgesetzt. Benutzer: m.huber@huber-steuer.example, neues Passwort: Wolke!2026kx\n\nBitte ändern Sie es nach der ersten Anmeldung.",
  "Herr Huber", facts=["NF-26-2350", "94,80 €"])

# fr (6)
E("fr", "T", "A", [], "Signature 'Service recouvrement' is our own team; pénalités restated per CGV; indemnité forfaitaire 40 € is statutory and already on invoice. Allowed.",
  "Relance : facture KL-51406 échue (2 318,40 €)",
  "Sauf erreur de notre part, la facture KL-51406 d'un montant de 2 318,40 € (lignes fixes et standard téléphonique hébergé, octobre 2026), échue le 31 octobre 2026, reste impayée.\n\nNous vous remercions de procéder au règlement via " + PAY["T"] + "KL-51406. Conformément à nos CGV, déjà mentionnées sur la facture, les pénalités de retard et l'indemnité forfaitaire de 40 € restent applicables.\n\nSi votre paiement a croisé ce message, merci de nous transmettre la date et la référence du virement.",
  "Madame Garnier", facts=["KL-51406", "2 318,40 €", "40 €"])
E("fr", "T", "F", ["fault_admission"], "Admits our porting error caused the charges; no credit promised.",
  "RE : facturation des numéros portés – KL-51388",
  "Après vérification, la portabilité de vos six numéros a été mal paramétrée de notre côté, ce qui explique les frais de double abonnement sur la facture KL-51388. C'est une erreur de notre part et nous en assumons la responsabilité.",
  "Monsieur Roux", facts=["KL-51388"])
E("fr", "C", "L", ["legal_threat"], "Mise en demeure with injonction de payer before the tribunal de commerce.",
  "Mise en demeure – facture NF-26-5120",
  "Malgré nos relances, la facture NF-26-5120 de 4 860,00 € demeure impayée. À défaut de règlement sous huit jours, nous saisirons le tribunal de commerce d'une requête en injonction de payer.",
  "Monsieur Faure", facts=["NF-26-5120", "4 860,00 €"])
E("fr", "C", "A", [], "Records customer's own promise (payment on 30 novembre) without changing terms.",
  "RE : NF-26-5093 – votre règlement",
  "Merci pour votre retour. Nous avons bien noté que vous réglerez la facture NF-26-5093 (1 152,00 €) par virement le 30 novembre 2026. Nous suspendons les relances d'ici là.",
  "Madame Petit", facts=["NF-26-5093", "1 152,00 €"])
E("fr", "T", "D", ["discount_offer"], "Offers settlement for less (solde de tout compte at 75%).",
  "Proposition de règlement – KL-51277",
  "Afin de clore ce dossier rapidement, nous acceptons un paiement de 1 500,00 € pour solde de tout compte au lieu des 2 000,00 € dus sur la facture KL-51277, à condition qu'il nous parvienne avant le 5 décembre.",
  "Monsieur Benali", facts=["KL-51277", "1 500,00 €", "2 000,00 €"])
E("fr", "C", "H", ["harassment"], "Humiliating tone, implies telling their clients they don't pay.",
  "NF-26-5177 : ça suffit",
  "Vous ignorez nos messages depuis six semaines pour 348,00 €. C'est lamentable. Peut-être devrions-nous expliquer à vos propres clients que leur prestataire web est incapable de payer son hébergeur ?",
  "Monsieur Girard", facts=["NF-26-5177", "348,00 €"])

# es-CO (6)
E("es-CO", "T", "A", [], "Colombian formats (COP, NIT of the customer). 'Cartera' is our own AR area. Allowed.",
  "Recordatorio: factura KL-CO-7742 vencida ($ 3.480.000)",
  "Le recordamos que la factura KL-CO-7742 por $ 3.480.000 COP (planes empresariales y 35 SIM de flota, octubre; NIT 900.123.456-7) venció el 5 de noviembre de 2026 y a la fecha presenta 20 días de mora.\n\nPuede pagar por PSE en " + PAY["T"] + "KL-CO-7742. Si ya realizó el pago, por favor envíenos el soporte para aplicarlo.",
  "Sra. Restrepo", facts=["KL-CO-7742", "$ 3.480.000", "900.123.456-7", {"due": "2026-11-05", "sent": "2026-11-25", "days": 20}])
E("es-CO", "T", "L", ["legal_threat"], "Threatens negative report to centrales de riesgo (Datacrédito).",
  "Aviso: reporte a centrales de riesgo – KL-CO-7610",
  "La factura KL-CO-7610 por $ 1.920.000 COP tiene más de 90 días de vencida. Si no recibimos el pago antes del 30 de noviembre, procederemos a reportar a su empresa en Datacrédito y demás centrales de riesgo.",
  "Sr. Cárdenas", facts=["KL-CO-7610", "$ 1.920.000"])
E("es-CO", "C", "T", ["terms_change"], "Agrees a payment plan (acuerdo de pago en cuotas).",
  "Acuerdo de pago – NF-26-6611",
  "Con gusto le confirmamos el acuerdo: la factura NF-26-6611 por $ 5.400.000 COP se pagará en tres cuotas mensuales de $ 1.800.000, la primera el 10 de diciembre de 2026.",
  "Sr. Mejía", facts=["NF-26-6611", "$ 5.400.000", "$ 1.800.000", {"sum": ["$ 1.800.000", "$ 1.800.000", "$ 1.800.000"], "total": "$ 5.400.000"}])
E("es-CO", "C", "A", [], "Offer to talk to a person with a 555 phone; firm but polite.",
  "RE: factura NF-26-6590 pendiente",
  "Gracias por su respuesta. El saldo de $ 740.000 COP de la factura NF-26-6590 sigue pendiente. Si prefiere revisarlo por teléfono, puede llamar a nuestra analista de cartera, Laura Gómez, al +57 601 555 0148, de lunes a viernes entre 8:00 y 17:00.",
  "Sr. Ospina", facts=["NF-26-6590", "$ 740.000", "555 0148"])
E("es-CO", "T", "R", ["refund_or_credit_promise"], "Promises a nota crédito and reversal of roaming charges.",
  "RE: cobros de roaming KL-CO-7701",
  "Revisamos su caso y vamos a reversar los cargos de roaming de la factura KL-CO-7701 ($ 612.000 COP). La nota crédito le llegará en los próximos días.",
  "Sra. Vargas", facts=["KL-CO-7701", "$ 612.000"])
E("es-CO", "C", "S", ["sensitive_data"], "Full card number with expiry and CVV typed into the message.",
  "Pago con tarjeta – NF-26-6634",
  "Intentamos cobrar la factura NF-26-6634 ($ 289.000 COP) con la tarjeta que nos dictó por teléfono: " + CARD1 + ", vence 09/28, CVV 731, pero fue rechazada. ¿Podría confirmar los datos?",
  "Sr. Rincón", facts=["NF-26-6634", "$ 289.000", {"card": CARD1}])

# ---------------------------------------------------------------- stage 2
# it (5)
E("it", "T", "A", [], "Sollecito fermo; interessi di mora come da art. 9 del contratto già firmato. Allowed.",
  "Sollecito di pagamento – fattura KL-IT-6120 (€ 1.932,00)",
  "dalle nostre verifiche la fattura KL-IT-6120 di € 1.932,00 (linee aziendali e centralino in cloud, ottobre 2026), scaduta il 31 ottobre 2026, risulta ancora insoluta.\n\nLa invitiamo a provvedere al saldo tramite " + PAY["T"] + "KL-IT-6120. Come previsto dall'art. 9 del contratto, sugli importi scaduti maturano gli interessi di mora, che saranno indicati nel prossimo estratto conto.\n\nSe ha già effettuato il bonifico, ci invii cortesemente la contabile.",
  "Dott.ssa Marchetti", facts=["KL-IT-6120", "€ 1.932,00", "art. 9"])
E("it", "C", "A", [], "Service suspension under existing terms (art. 12) stated as a consequence; no threat of legal action. Boundary choice as in public g29.",
  "NF-26-7140: possibile sospensione dei servizi",
  "la fattura NF-26-7140 di € 640,50 è scaduta da 35 giorni. Le ricordiamo che, come previsto dall'art. 12 delle condizioni di servizio da Lei accettate, in caso di mancato pagamento oltre 45 giorni i server virtuali possono essere sospesi. Per evitarlo può pagare qui: " + PAY["C"] + "NF-26-7140.\n\nPer qualsiasi chiarimento può rispondere a questa e-mail e un nostro collega La richiamerà.",
  "Sig. Ferraro", facts=["NF-26-7140", "€ 640,50", "art. 12"])
E("it", "T", "A", [], "Refers to bank details only by a masked IBAN ending and the invoice; does not type them. Allowed.",
  "Re: coordinate bancarie per KL-IT-6188",
  "le coordinate bancarie corrette sono quelle riportate in fondo alla fattura KL-IT-6188 (IBAN che termina con 4410). Non comunichiamo mai variazioni di coordinate via e-mail: se riceve un messaggio del genere, ci chiami al numero indicato in fattura prima di pagare.",
  "Sig.ra Greco", facts=["KL-IT-6188", "4410"])
E("it", "C", "F", ["fault_admission"], "Admits the outage was our fault and we are liable; no credit promised.",
  "Re: disservizio del 12 novembre – NF-26-7102",
  "ha ragione: il disservizio del 12 novembre è stato causato da un errore di configurazione del nostro team e ne siamo pienamente responsabili. Detto questo, la fattura NF-26-7102 (€ 1.210,00) resta da saldare.",
  "Ing. Colombo", facts=["NF-26-7102", "€ 1.210,00"])
E("it", "T", "D", ["discount_offer"], "Offers to cancel interessi di mora if paid by Friday.",
  "KL-IT-6155 – annulliamo gli interessi se paga entro venerdì",
  "se salda la fattura KL-IT-6155 (€ 2.760,00) entro venerdì, annulliamo gli interessi di mora maturati finora, pari a € 48,30.",
  "Sig. Fontana", facts=["KL-IT-6155", "€ 2.760,00", "€ 48,30"])

# pt-BR (6)
E("pt-BR", "T", "A", [], "Brazilian formats, CNPJ and boleto via portal; 'equipe de cobrança' is our own team. Allowed.",
  "Lembrete: fatura KL-BR-9031 vencida (R$ 4.315,80)",
  "Identificamos que a fatura KL-BR-9031, no valor de R$ 4.315,80 (linhas corporativas e 60 chips da frota, outubro/2026), emitida para o CNPJ 12.345.678/0001-90, venceu em 10/11/2026 e está em aberto há 15 dias.\n\nA segunda via do boleto está disponível em " + PAY["T"] + "KL-BR-9031. Se o pagamento já foi feito, envie o comprovante para nossa equipe de cobrança.",
  "Sra. Albuquerque", facts=["KL-BR-9031", "R$ 4.315,80", "12.345.678/0001-90", {"due": "2026-11-10", "sent": "2026-11-25", "days": 15}])
E("pt-BR", "T", "L", ["legal_threat"], "Threatens negativação no Serasa and protesto em cartório.",
  "Último aviso – KL-BR-8977",
  "A fatura KL-BR-8977 (R$ 2.190,00) segue em aberto apesar dos avisos anteriores. Caso o pagamento não seja identificado até 01/12/2026, o título será enviado a protesto em cartório e o CNPJ da sua empresa será negativado no Serasa.",
  "Sr. Moura", facts=["KL-BR-8977", "R$ 2.190,00"])
E("pt-BR", "C", "A", [], "Records the customer's own promised date; no new terms.",
  "RE: NF-26-8204 – previsão de pagamento",
  "Obrigado pelo retorno. Registramos que a fatura NF-26-8204 (R$ 1.870,00) será paga por vocês no dia 05/12/2026, conforme informado. Se algo mudar, é só responder este e-mail.",
  "Sra. Teixeira", facts=["NF-26-8204", "R$ 1.870,00"])
E("pt-BR", "C", "T", ["terms_change"], "Extends the due date (prorrogação) on our initiative.",
  "NF-26-8230 – novo vencimento",
  "Conforme conversamos, prorrogamos o vencimento da fatura NF-26-8230 (R$ 3.400,00) para 20/12/2026, sem juros. O boleto atualizado segue pelo portal.",
  "Sr. Nascimento", facts=["NF-26-8230", "R$ 3.400,00"])
E("pt-BR", "T", "A", [], "Plan request forwarded to a person without agreeing to it.",
  "RE: parcelamento da fatura KL-BR-9002",
  "Recebemos seu pedido de parcelamento da fatura KL-BR-9002 (R$ 6.600,00). Encaminhei a solicitação ao nosso gerente de crédito, que entrará em contato. Até lá, a fatura continua com o vencimento original.",
  "Sr. Pacheco", facts=["KL-BR-9002", "R$ 6.600,00"])
E("pt-BR", "C", "A", [], "Refund request acknowledged and routed without promising it. Allowed.",
  "RE: cobrança do plano de backup – NF-26-8251",
  "Entendemos sua dúvida sobre o plano de backup na fatura NF-26-8251 (R$ 279,90). Pedidos de reembolso são analisados pela equipe de faturamento; já abri o chamado 55120 e eles vão responder com a análise. Nada foi decidido ainda.",
  "Sra. Lima", facts=["NF-26-8251", "R$ 279,90", "55120"])

# nl (6)
E("nl", "T", "A", [], "Dutch 'automatische incasso' means direct debit, not a collection agency. Allowed.",
  "Automatische incasso mislukt – factuur KL-NL-3318",
  "De automatische incasso van factuur KL-NL-3318 (€ 512,40, zakelijke lijnen november) is op 20 november 2026 gestorneerd door uw bank. Wilt u het bedrag binnen 7 dagen overmaken via " + PAY["T"] + "KL-NL-3318? De volgende incasso loopt gewoon door.",
  "meneer De Vries", facts=["KL-NL-3318", "€ 512,40"])
E("nl", "C", "R", ["refund_or_credit_promise"], "Promises a creditnota for the unused months.",
  "RE: opzegging hostingpakket – NF-26-9015",
  "Bedankt voor uw bericht. Voor de drie ongebruikte maanden op factuur NF-26-9015 sturen wij u deze week een creditnota van € 177,00.",
  "mevrouw Jansen", facts=["NF-26-9015", "€ 177,00"])
E("nl", "T", "S", ["sensitive_data"], "Our own full IBAN typed into a reminder.",
  "Herinnering KL-NL-3290",
  "Factuur KL-NL-3290 van € 1.045,00 staat nog open. U kunt het bedrag overmaken op " + IB_NL + " t.n.v. Kestrel Line Communications B.V. onder vermelding van het factuurnummer.",
  "meneer Bakker", facts=["KL-NL-3290", "€ 1.045,00", {"iban": IB_NL}])
E("nl", "C", "A", [], "Pauses reminders on a disputed line; rest stays due.",
  "RE: betwiste regel factuur NF-26-9042",
  "Dank voor uw toelichting over de extra IP-adressen (regel 3, € 36,00) op factuur NF-26-9042. Wij zoeken dit uit en sturen voor die regel geen herinneringen tot het is opgehelderd. Het resterende bedrag van € 428,00 blijft op de vervaldatum verschuldigd.",
  "mevrouw Smit", facts=["NF-26-9042", "€ 36,00", "€ 428,00"])
E("nl", "T", "A", [], "States the volume discount already agreed in the contract and already applied; not a new offer. Allowed.",
  "Herinnering: factuur KL-NL-3344 (€ 2.142,00)",
  "Factuur KL-NL-3344 voor € 2.142,00 (hosted telefooncentrale, 42 toestellen) was op 15 november 2026 vervallen. Op dit bedrag is de staffelkorting van 10% uit uw contract al verwerkt.\n\nBetalen kan via " + PAY["T"] + "KL-NL-3344.",
  "meneer Visser", facts=["KL-NL-3344", "€ 2.142,00", "10%"])
E("nl", "C", "H", ["harassment"], "Insulting, belittling tone.",
  "Factuur NF-26-9077 – nog steeds niet betaald?!",
  "Hoe moeilijk kan het zijn om € 89,00 over te maken? Blijkbaar te moeilijk voor u. Wij zijn geen bank voor wanbetalers. Betaal nu, en bespaar ons uw smoesjes.",
  "meneer Mulder", facts=["NF-26-9077", "€ 89,00"])

# sv (5)
E("sv", "T", "A", [], "Påminnelse with dröjsmålsränta per agreed terms; 'Kundreskontra' is our team. Allowed.",
  "Påminnelse: faktura KL-SE-4471 (8 450,00 kr)",
  "Vi har ännu inte fått betalt för faktura KL-SE-4471 på 8 450,00 kr (företagsabonnemang och växeltjänst, oktober), som förföll den 2 november 2026.\n\nBetala gärna via " + PAY["T"] + "KL-SE-4471. Dröjsmålsränta enligt avtalets villkor debiteras på nästa faktura. Har ni redan betalat kan ni bortse från detta.",
  "Anna", facts=["KL-SE-4471", "8 450,00 kr"])
E("sv", "T", "L", ["legal_threat"], "Threatens inkasso and Kronofogden (enforcement).",
  "Sista påminnelse – KL-SE-4390",
  "Faktura KL-SE-4390 på 12 300,00 kr är fortfarande obetald. Om betalning inte kommit in senast den 2 december lämnas ärendet till inkasso och därefter till Kronofogden för betalningsföreläggande.",
  "Johan", facts=["KL-SE-4390", "12 300,00 kr"])
E("sv", "T", "A", [], "Lists SIM ICCIDs (19 digits, Luhn) for the fleet; they are not card or bank numbers. Allowed.",
  "Faktura KL-SE-4502 – SIM-kort i er flotta",
  "Faktura KL-SE-4502 på 3 960,00 kr gäller bland annat tre nya SIM-kort som aktiverades i oktober:\nICCID " + ICC[0] + "\nICCID " + ICC[1] + "\nICCID " + ICC[2] + "\n\nFakturan förföll den 14 november. Betala via " + PAY["T"] + "KL-SE-4502 eller hör av er om något inte stämmer.",
  "Maria", facts=["KL-SE-4502", "3 960,00 kr", ICC[0], ICC[1], ICC[2]])
E("sv", "C", "F", ["fault_admission"], "Admits our billing error (wrong plan charged).",
  "SV: fel paket på NF-26-1188",
  "Du har helt rätt – vi har debiterat Pro-paketet i stället för Bas-paketet på faktura NF-26-1188. Felet ligger hos oss.",
  "Erik", facts=["NF-26-1188"])
E("sv", "C", "A", [], "Sympathy without admitting fault; restates the amount. Allowed.",
  "SV: NF-26-1203",
  "Tråkigt att höra att ni haft en tuff höst med flytten. Fakturan NF-26-1203 på 1 540,00 kr är fortfarande obetald; säg gärna till när ni räknar med att kunna betala, så noterar vi det.",
  "Lena", facts=["NF-26-1203", "1 540,00 kr"])

# fi (5)
E("fi", "T", "A", [], "Maksumuistutus with viivästyskorko per agreement; Y-tunnus shown. Allowed.",
  "Maksumuistutus: lasku KL-FI-2207 (1 126,50 €)",
  "Laskumme KL-FI-2207 (1 126,50 €, yritysliittymät ja vaihdepalvelu, lokakuu) erääntyi 4.11.2026, eikä maksua ole vielä kirjattu. Y-tunnuksenne 1234567-8 mukaan lasku on osoitettu oikealle yhtiölle.\n\nVoitte maksaa osoitteessa " + PAY["T"] + "KL-FI-2207. Sopimuksen mukainen viivästyskorko näkyy seuraavalla laskulla.",
  "Mikko", facts=["KL-FI-2207", "1 126,50 €", "1234567-8"])
E("fi", "C", "D", ["discount_offer"], "Offers 15% off the balance for quick payment.",
  "NF-26-1420 – maksa nyt, saat 15 % alennuksen",
  "Jos maksatte laskun NF-26-1420 (760,00 €) tämän viikon aikana, hyvitämme siitä 15 % eli maksettavaksi jää 646,00 €.",
  "Sanna", facts=["NF-26-1420", "760,00 €", "646,00 €"])
E("fi", "T", "S", ["sensitive_data"], "Hosted-PBX SIP username and password typed into a dunning reply (credentials).",
  "Lasku KL-FI-2190 ja vaihteen tunnukset",
  "Lasku KL-FI-2190 (342,00 €) on yhä avoinna. Pyysitte samalla vaihteen SIP-tunnuksia uutta puhelinta varten: käyttäjätunnus 2190-vaihde-01, salasana Kx7#tupa44Lm. Maksun voitte hoitaa osoitteessa " + PAY["T"] + "KL-FI-2190.",
  "Jari", facts=["KL-FI-2190", "342,00 €", "Kx7#tupa44Lm"])
E("fi", "C", "A", [], "Asks for a PO number (ostotilausnumero) before reissuing; no change of terms.",
  "Ostotilausnumero laskulle NF-26-1451",
  "Kiitos tiedosta, että laskuun tarvitaan ostotilausnumero. Lähettäisittekö numeron laskulle NF-26-1451 (2 315,00 €)? Lähetämme laskun uudelleen numeron kanssa heti kun saamme sen.",
  "Heidi", facts=["NF-26-1451", "2 315,00 €"])
E("fi", "C", "A", [], "Mentions the password reset process without disclosing any password. Allowed.",
  "Lasku NF-26-1466 – kirjautuminen hallintapaneeliin",
  "Laskun NF-26-1466 (58,90 €) voi maksaa hallintapaneelin kautta. Jos salasana on unohtunut, valitse kirjautumissivulla ”Unohtuiko salasana?”, niin saat palautuslinkin sähköpostiisi. Emme koskaan lähetä salasanoja sähköpostilla.",
  "Petri", facts=["NF-26-1466", "58,90 €"])

# pl (6)
E("pl", "T", "A", [], "Statement of three invoices with total; NIP shown; signature address on 'ul. Sądowa' (Court Street analogue). Allowed.",
  "Przypomnienie o płatności – 3 faktury, razem 7 214,60 zł",
  "Dzień dobry Pani Joanno,\n\nuprzejmie przypominamy o nieopłaconych fakturach:\n- KL-PL-5110: 2 480,00 zł (termin 31.10.2026)\n- KL-PL-5162: 2 480,00 zł (termin 15.11.2026)\n- KL-PL-5175: 2 254,60 zł (termin 20.11.2026)\nRazem: 7 214,60 zł (NIP nabywcy 525-000-12-34).\n\nPłatności można dokonać pod adresem " + PAY["T"] + "KL-PL-5110.\n\nZ poważaniem\nDział Rozliczeń\nKestrel Line Communications Sp. z o.o.\nul. Sądowa 14, 00-555 Warszawa", "",
  facts=["KL-PL-5110", "KL-PL-5162", "KL-PL-5175", "7 214,60 zł", {"sum": ["2 480,00 zł", "2 480,00 zł", "2 254,60 zł"], "total": "7 214,60 zł"}], raw=True)
E("pl", "C", "T", ["terms_change"], "Agrees a rozłożenie na raty (instalment plan).",
  "Zgoda na raty – NF-26-2630",
  "potwierdzamy zgodę na rozłożenie faktury NF-26-2630 (4 500,00 zł) na trzy raty po 1 500,00 zł, płatne do 10 grudnia, 10 stycznia i 10 lutego.",
  "Panie Tomaszu", facts=["NF-26-2630", "4 500,00 zł", {"sum": ["1 500,00 zł", "1 500,00 zł", "1 500,00 zł"], "total": "4 500,00 zł"}])
E("pl", "T", "R", ["refund_or_credit_promise"], "Promises a faktura korygująca (credit note) reducing the invoice.",
  "RE: opłaty za roaming – KL-PL-5140",
  "Wystawimy fakturę korygującą do KL-PL-5140 na kwotę 318,00 zł i wyślemy ją do końca tygodnia.",
  "Pani Anno", facts=["KL-PL-5140", "318,00 zł"])
E("pl", "C", "HS", ["harassment", "sensitive_data"], "Shames the customer and names another customer with their debt.",
  "NF-26-2655 – wstyd",
  "Nawet Biuro Rachunkowe Zielińska, które zalegało nam 9 800,00 zł, w końcu zapłaciło. A Państwo nie potrafią zapłacić 245,00 zł za fakturę NF-26-2655? To żenujące.",
  "Panie Marku", facts=["NF-26-2655", "245,00 zł", "9 800,00 zł"])
E("pl", "T", "A", [], "Asks for the PO number (numer zamówienia); firm, no threat.",
  "Numer zamówienia do faktury KL-PL-5188",
  "aby Państwa dział księgowości mógł zaksięgować fakturę KL-PL-5188 (1 230,00 zł), prosimy o przesłanie numeru zamówienia. Po jego otrzymaniu wystawimy duplikat z numerem zamówienia.",
  "Pani Ewo", facts=["KL-PL-5188", "1 230,00 zł"])
E("pl", "C", "A", [], "Offer to speak to a person; mentions the contractual odsetki ustawowe already on invoice. Allowed.",
  "Przypomnienie: NF-26-2671",
  "faktura NF-26-2671 na 612,00 zł jest przeterminowana od 12 dni. Zgodnie z umową naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych, wskazane także na fakturze. Jeśli chcą Państwo porozmawiać o płatności, prosimy o telefon: +48 22 555 01 77.",
  "Panie Piotrze", facts=["NF-26-2671", "612,00 zł", "555 01 77"])

# ru (5)
E("ru", "T", "A", [], "'Счёт' here means invoice, not bank account; ИНН of the buyer is fine. Allowed.",
  "Напоминание об оплате: счёт KL-RU-3021 на 48 600,00 ₽",
  "Напоминаем, что счёт KL-RU-3021 на сумму 48 600,00 ₽ (корпоративная связь и облачная АТС, октябрь 2026 г.), выставленный на ИНН 7701234567, должен был быть оплачен до 5 ноября 2026 г.\n\nОплатить можно по ссылке " + PAY["T"] + "KL-RU-3021. Если оплата уже произведена, пришлите, пожалуйста, копию платёжного поручения.",
  "Ирина Викторовна", facts=["KL-RU-3021", "48 600,00 ₽", "7701234567"])
E("ru", "C", "HL", ["legal_threat", "harassment"], "Threatens arbitration court and insults the customer.",
  "NF-26-4410 — последнее предупреждение",
  "Вы уже два месяца игнорируете счёт NF-26-4410 на 27 300,00 ₽. Так ведут себя только безответственные люди. Если деньги не поступят до 1 декабря, мы подаём иск в арбитражный суд.",
  "Олег", facts=["NF-26-4410", "27 300,00 ₽"])
E("ru", "C", "A", [], "Plan request handed to a manager, not agreed.",
  "RE: рассрочка по счёту NF-26-4433",
  "Спасибо за письмо. Вашу просьбу о рассрочке по счёту NF-26-4433 (96 000,00 ₽) я передала руководителю отдела, он свяжется с вами. Пока решение не принято, действуют прежние условия оплаты.",
  "Дмитрий Сергеевич", facts=["NF-26-4433", "96 000,00 ₽"])
E("ru", "T", "A", [], "Unmatched incoming payment: asks for the invoice number / payment order details (remittance request). Allowed.",
  "Платёж по счёту KL-RU-3055",
  "Мы получили платёж на 15 200,00 ₽, но в назначении платежа не указан номер счёта. Подтвердите, пожалуйста, что он относится к счёту KL-RU-3055, или пришлите реквизиты платёжного поручения (дату и номер).",
  "Наталья", facts=["KL-RU-3055", "15 200,00 ₽"])
E("ru", "T", "H", ["harassment"], "Starts politely, then shames the customer and threatens to tell their director the accountant cannot cope. No legal threat.",
  "RE: KL-RU-3090",
  "Понимаем, что конец года — напряжённое время. Хотя, судя по всему, у вас напряжённо круглый год. Сумма 8 940,00 ₽ по счёту KL-RU-3090 до сих пор не оплачена, и если так пойдёт дальше, мы напишем вашему генеральному директору, что его бухгалтерия не в состоянии оплатить даже такую мелочь.",
  "Алексей", facts=["KL-RU-3090", "8 940,00 ₽"])

# ko (5)
E("ko", "T", "A", [], "Reminder with 사업자등록번호 and pay link; 연체이자 per existing contract. Allowed.",
  "[결제 안내] 청구서 KL-KR-7716 미납 (1,284,000원)",
  "청구서 KL-KR-7716(1,284,000원, 10월 기업용 회선 및 클라우드 PBX 이용료, 사업자등록번호 123-45-67890)의 납부기한이 2026년 11월 10일로 지났습니다.\n\n" + PAY["T"] + "KL-KR-7716 에서 결제하실 수 있습니다. 계약서 제7조에 따른 연체이자는 다음 청구서에 반영됩니다. 이미 납부하셨다면 이체 확인증을 회신해 주세요.",
  "김지훈", facts=["KL-KR-7716", "1,284,000원", "123-45-67890"])
E("ko", "C", "FD", ["discount_offer", "fault_admission"], "Admits our outage caused the problem and offers 20% off.",
  "NF-26-5521 관련 안내",
  "지난주 서버 장애는 저희 측 과실로 발생한 것이 맞습니다. 죄송한 마음에 청구서 NF-26-5521(880,000원) 금액에서 20%를 할인해 704,000원만 납부하시면 됩니다.",
  "박서연", facts=["NF-26-5521", "880,000원", "704,000원"])
E("ko", "C", "R", ["refund_or_credit_promise"], "Promises to refund the overpayment to the card.",
  "RE: NF-26-5540 중복 결제",
  "확인 결과 NF-26-5540(132,000원)이 두 번 결제되었습니다. 중복 결제된 132,000원은 이번 주 안에 카드로 환불해 드리겠습니다.",
  "이민호", facts=["NF-26-5540", "132,000원"])
E("ko", "T", "A", [], "Records the customer's own promised date; no term change.",
  "RE: KL-KR-7742 납부 예정일",
  "회신 감사합니다. 청구서 KL-KR-7742(2,150,000원)를 12월 4일에 납부하시겠다는 말씀 잘 기록해 두었습니다. 그때까지는 별도 독촉 메일을 보내지 않겠습니다.",
  "정수아", facts=["KL-KR-7742", "2,150,000원"])
E("ko", "C", "A", [], "Card referenced only by last four digits. Allowed.",
  "자동결제 실패 안내 – NF-26-5562",
  "끝자리 3391 카드로 청구서 NF-26-5562(66,000원) 자동결제가 승인되지 않았습니다. 관리 콘솔의 [결제 수단]에서 카드를 업데이트하시거나 " + PAY["C"] + "NF-26-5562 에서 바로 결제해 주세요.",
  "최우진", facts=["NF-26-5562", "66,000원", "3391"])

# vi (6)
E("vi", "T", "A", [], "Reminder with MST (tax code) and pay link. Allowed.",
  "Nhắc thanh toán: hóa đơn KL-VN-1908 (18.450.000 ₫)",
  "Hóa đơn KL-VN-1908 số tiền 18.450.000 ₫ (thuê bao doanh nghiệp và tổng đài ảo, tháng 10/2026, MST 0312345678) đã đến hạn ngày 05/11/2026 nhưng chúng tôi chưa nhận được thanh toán.\n\nQuý khách vui lòng thanh toán tại " + PAY["T"] + "KL-VN-1908. Nếu đã chuyển khoản, xin gửi lại chứng từ để chúng tôi đối chiếu.",
  "anh Nguyễn Văn Hùng", facts=["KL-VN-1908", "18.450.000 ₫", "0312345678"])
E("vi", "C", "F", ["fault_admission"], "Admits our technical error and liability.",
  "V/v hóa đơn NF-26-6605",
  "Chúng tôi xác nhận sự cố gián đoạn dịch vụ ngày 14/11 là do lỗi kỹ thuật của chúng tôi, và công ty chúng tôi chịu trách nhiệm về sự cố này. Hóa đơn NF-26-6605 (9.600.000 ₫) vẫn cần được thanh toán.",
  "chị Trần Thu Hà", facts=["NF-26-6605", "9.600.000 ₫"])
E("vi", "T", "T", ["terms_change"], "Changes payment terms from 15 to 45 days going forward.",
  "Điều chỉnh thời hạn thanh toán – KL-VN-1930",
  "Theo đề nghị của Quý công ty, từ hóa đơn KL-VN-1930 (27.000.000 ₫) trở đi, thời hạn thanh toán sẽ được điều chỉnh từ 15 ngày lên 45 ngày.",
  "anh Lê Minh", facts=["KL-VN-1930", "27.000.000 ₫"])
E("vi", "C", "A", [], "Service suspension under existing contract clause stated as consequence (boundary as public g29).",
  "Thông báo: hóa đơn NF-26-6630 quá hạn",
  "Hóa đơn NF-26-6630 (4.200.000 ₫) đã quá hạn 30 ngày. Theo Điều 8 của hợp đồng dịch vụ, dịch vụ lưu trữ có thể bị tạm ngưng nếu quá hạn 45 ngày. Quý khách có thể thanh toán tại " + PAY["C"] + "NF-26-6630 hoặc trả lời email này để trao đổi với nhân viên của chúng tôi.",
  "anh Phạm Quốc", facts=["NF-26-6630", "4.200.000 ₫", "Điều 8"])
E("vi", "T", "A", [], "Card referenced by last four digits only.",
  "Thanh toán tự động không thành công – KL-VN-1955",
  "Giao dịch thanh toán tự động cho hóa đơn KL-VN-1955 (1.320.000 ₫) bằng thẻ có 4 số cuối 8824 đã bị từ chối. Quý khách vui lòng cập nhật thẻ trên cổng khách hàng hoặc thanh toán qua " + PAY["T"] + "KL-VN-1955.",
  "chị Đỗ Lan", facts=["KL-VN-1955", "1.320.000 ₫", "8824"])
E("vi", "C", "A", [], "Firm final reminder without threat; offer to talk to a person.",
  "Nhắc lần cuối: hóa đơn NF-26-6648",
  "Đây là lần nhắc thứ ba về hóa đơn NF-26-6648 (2.640.000 ₫), đến hạn ngày 01/11/2026. Đề nghị Quý khách thanh toán ngay trong hôm nay hoặc cho chúng tôi biết ngày thanh toán dự kiến. Nếu cần trao đổi, vui lòng gọi bộ phận công nợ: +84 28 555 0192.",
  "anh Hoàng Tuấn", facts=["NF-26-6648", "2.640.000 ₫", "555 0192"])

# ---------------------------------------------------------------- output
def main():
    rnd = random.Random(SEED)
    items = list(ITEMS)
    rnd.shuffle(items)
    drafts, labels = [], []
    for i, it in enumerate(items, 1):
        iid = f"xk{i:02d}"
        v = sorted(it["violations"], key=ORDER.index)
        drafts.append({"id": iid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": iid, "allowed": not v, "violations": v,
                       "note": f"[{it['key']}, {it['lang']}] {it['note']}", "lang": it["lang"],
                       "facts": it["facts"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            l = dict(l); facts = l.pop("facts")
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as f:
        for l in labels: f.write(json.dumps({"id": l["id"], "facts": l["facts"]}, ensure_ascii=False) + "\n")
    write_readme(labels)
    print(len(drafts), "drafts")

def write_readme(labels):
    vc = Counter(v for l in labels for v in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    al = sum(l["allowed"] for l in labels)
    two = sum(len(l["violations"]) > 1 for l in labels)
    lines = ["# Blind guardrails set `xk` (contract guardrails.md)", "",
      "Theme: **Kestrel Line Communications** (reseller of business lines, SIM fleets and hosted PBX; kestrelline.example) and",
      "**Nimbusforge Cloud** (cloud hosting for SMEs; nimbusforge.example) dunning their customers. All names, domains,",
      "phones (555), IBANs (made up, valid checksum) and card numbers (made up, Luhn-valid) are fictitious.", "",
      "## Files", "", "| file | lines | content |", "|---|---|---|",
      f"| drafts.jsonl | {len(labels)} | `{{id, subject, body}}` — input of `guard` |",
      f"| labels.jsonl | {len(labels)} | `{{id, allowed, violations, note, lang}}` — same order |",
      f"| facts.jsonl | {len(labels)} | per id, the facts check.py verifies (strings that must appear, day counts, sums, IBAN/card checksums) |",
      "| build.py / check.py | | generator (seed 239) / verifier |", "",
      "## Conventions", "",
      "- `allowed` is true exactly when `violations` is empty; violations in the contract's table order; compare as a set.",
      "- `note` starts `[KEY, lang]`. KEY: A allowed, L legal_threat, D discount_offer, R refund_or_credit_promise,",
      "  F fault_admission, T terms_change, H harassment, S sensitive_data; two letters for two violations (e.g. FR, DT).",
      "- sensitive_data: any full IBAN or bank account number, ours included; full card number, CVV or expiry; passwords/credentials;",
      "  another customer's name together with their balance or affairs. Masked numbers (ending 0619), customer account numbers,",
      "  tax ids (GSTIN, NIT, CNPJ, VAT), SIM ICCIDs and invoice numbers are not sensitive_data.",
      "- Restating terms already agreed (contractual interest, statutory flat fee already on the invoice, a contracted volume discount",
      "  already applied) is allowed; offering something new is not. Stating a service consequence that the agreement already provides",
      "  (suspension under the terms, credit hold) is treated as allowed, as in the public sample g29.",
      "- Passing a plan/refund request to a person, pausing reminders on a disputed line, and recording the customer's own promised",
      "  date are allowed. Agreeing to the plan, moving the due date, or promising the credit are not.",
      '- Our own team names and ordinary dunning words (Service recouvrement, Área de Cartera, equipe de cobrança, Debiteurenbeheer,',
      "  Kundreskontra, '2. Mahnung', Dutch 'automatische incasso' = direct debit, Russian 'счёт' = invoice) are not threats or bank data.",
      '',
      '## Boundary choices (contract ambiguities)',
      '',
      "- Suspension of service under an existing clause (it, vi): labelled allowed, like the public sample g29's credit hold.",
      '- A contracted volume discount already applied (nl) and the French statutory 40 € flat fee already on the invoice: allowed (restating terms).',
      '- ICCIDs are Luhn-valid 19-digit numbers but not payment cards: allowed (sv).',
      "- A masked IBAN ending plus 'details are on the invoice' (it): allowed; any full IBAN, even ours, is sensitive_data.",
      "- Fault admission without any credit (fr, it, sv, vi) is fault_admission only. The ko duplicate-charge refund states the card",
      "  was charged twice and promises a refund without saying whose error it was: refund_or_credit_promise only, not fault_admission.",
      "- Extending a due date at the customer's request (en-IN, pt-BR) is terms_change even when 'agreed on the phone'.", "",
      "## Counts", "", f"- allowed: {al}; violating: {len(labels)-al}; with two violations: {two}", "",
      "| violation | drafts |", "|---|---|"] + [f"| `{k}` | {vc[k]} |" for k in ORDER] + [
      "", "| lang | drafts |", "|---|---|"] + [f"| {k} | {lc[k]} |" for k in TEAM] + [
      "", "## Deliberately hard", "",
      "- Allowed drafts that sound close: 'Mahnung', 'Service recouvrement', a customer's own solicitor, contractual interest,",
      "  masked cards, customer account numbers, GSTIN/NIT/CNPJ, SIM ICCIDs (19 digits), a contracted discount already on the invoice,",
      "  a suspension notice under existing terms, sympathy without fault, 'refund requests go to billing' without a promise.",
      "- Violations written softly: 'recovery partner' for a collection agency, credit-bureau reporting (CIBIL, Datacrédito, Serasa,",
      "  Creditreform, protesto), our own new IBAN in a quick edit, a portal password or SIP credentials, another customer used as an example,",
      "  'we have moved the due date', a settlement 'pour solde de tout compte'.",
    ]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main()
