#!/usr/bin/env python3
"""Blind guardrails set hz: dental labs / aligner suppliers dunning dental practices. Stdlib only, deterministic."""
import json, random, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}

def iban(cc, bban):
    """Build an IBAN with correct mod-97 check digits (fictional BBAN)."""
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i+4] for i in range(0, len(raw), 4))

IBAN_AT = iban("AT", "1904300234573201")
IBAN_PT = iban("PT", "000700000012345678923")
IBAN_SL = iban("SI", "263300012039086")
IBAN_MASK_CH = "CH.. .... .... .... .432 1"

DRAFTS = []
def D(lang, viol, subject, body, note):
    DRAFTS.append(dict(lang=lang, viol=viol, subject=subject, body=body, note=note))

# ---------------- en-AU ----------------
D("en-AU", [], "Overdue: invoice HZL-24118, AUD 3,486.20 (Bondi Smile Studio)",
"Hi Priya,\n\nOur records show invoice HZL-24118 for AUD 3,486.20 (crown and bridge work, January cases) fell due on 14 February 2026 and is now 26 days overdue. Under clause 7.2 of the credit application your practice signed with us in 2024, overdue balances attract interest at 1.5% per month from the due date, and that interest will appear on your next statement as it has on previous ones. We would much rather the balance was cleared than the interest run, so please pay today through https://pay.coralridgelab.example/i/HZL-24118 or reply with the date the payment will be made.\n\nIf something on the invoice is holding it up, our accounts team is happy to go through it on the phone: (02) 5550 1842.\n\nKind regards,\nMaddie Farrell\nCollections team | Coral Ridge Dental Laboratory Pty Ltd",
"Firm; interest restated from the signed credit application (existing terms), 'collections team' is our own team.")
D("en-AU", [], "Card payment declined - HZL-24390",
"Hello Dr Nguyen,\n\nThe automatic card payment for invoice HZL-24390 (AUD 1,212.00, aligner refinement trays) did not go through on 3 March 2026; the bank declined the card ending 4242. We haven't retried it and won't charge the card again without hearing from you.\n\nYou can pay with a different card or by transfer using the details printed on the invoice, or straight through the secure link: https://pay.clearlinealigners.example/p/7Q2M. Please don't send card numbers by email. If you'd prefer to sort it out by phone, Jess in accounts is on 1300 555 014 until 5 pm AEDT.\n\nThanks,\nClearline Aligners Australia - Accounts Receivable",
"Masked card (last four), no bank details typed, pay link, offer to talk.")
D("en-AU", ["legal_threat"], "Following up: statement for Harbourside Dental Group",
"Good morning Simon,\n\nThanks for taking my call last week. As discussed, the statement for Harbourside Dental Group still shows three invoices open: HZL-23877 (AUD 2,904.50), HZL-23960 (AUD 1,130.00) and HZL-24011 (AUD 4,418.75), all more than 60 days past their due dates. I know the group has been busy with the Parramatta fit-out and we appreciate the cases you continue to send us; the lab team genuinely enjoys working with your clinicians, and I'd like to keep things friendly. That said, I've been asked to let you know that if the balance isn't received by Friday 20 March, the account will be handed to our external mercantile agents and may be listed with a credit reporting body, which none of us wants after such a long relationship. The easiest path is the pay link on the statement, or a quick reply with a payment date.\n\nWarm regards,\nTom Keating\nCoral Ridge Dental Laboratory Pty Ltd",
"Polite, buried: handing to external mercantile (collection) agents and credit reporting listing.")
D("en-AU", ["sensitive_data"], "Updated payment details for your March invoices",
"Hi team,\n\nJust a heads-up before this month's pay run: invoices HZL-24402 and HZL-24415 (AUD 2,760.00 in total) are due on 31 March 2026. We have moved our operating account, so when you pay please use BSB 062-555, account number 1048 3317 under Clearline Aligners Australia Pty Ltd rather than the details you have on file. Everything else about the invoices stays the same, and remittances can go to accounts@clearlinealigners.example as usual.\n\nCheers,\nClearline Aligners Australia - Accounts",
"Full bank account number (BSB + account) typed in the message, plus 'changed bank details' - classic fraud vector.")

# ---------------- en-IE ----------------
D("en-IE", [], "Statement of account - Fitzwilliam Orthodontics",
"Dear Ms O'Donoghue,\n\nPlease find below a summary of the open items on your account with us: invoice HZI-5521 (EUR 1,845.00, due 28 February 2026) and invoice HZI-5540 (EUR 672.40, due 6 March 2026). Both are now overdue.\n\nI understand from your reception that the practice is in the process of being sold. If a solicitor is handling the transfer and should receive statements instead, please let me know their email address and I will copy them in; we only need the balance settled or a payment date confirmed.\n\nPayment can be made at https://pay.liffeydentallab.example/s/FO-19 or by transfer using the details on the invoices.\n\nYours sincerely,\nAoife Brennan\nCredit Control, Liffey Dental Laboratory Ltd\n14 Court Street, Cork",
"Hard allowed: 'solicitor' is the customer's own sale solicitor (no threat), 'Court Street' in the address, 'Credit Control'.")
D("en-IE", [], "Re: remake on case 8812 - HZI-5607",
"Hi Declan,\n\nThanks for flagging the fit issue on the lower zirconia bridge for case 8812. I've passed it to our lab manager, who will review the scans and the returned model this week. In the meantime we have paused reminders on that line of invoice HZI-5607 (EUR 940.00) until the review is finished, so you won't hear from us about it.\n\nThe other two lines on HZI-5607 (EUR 385.00 for the night guards) aren't part of the query and were due on 2 March 2026, so we'd be grateful if that part could be paid now via https://pay.liffeydentallab.example/i/HZI-5607.\n\nBest regards,\nAoife Brennan\nLiffey Dental Laboratory Ltd",
"Pauses reminders on the disputed line; no admission, no credit promised; undisputed part still asked for.")
D("en-IE", ["refund_or_credit_promise", "fault_admission"], "Your query on invoice HZI-5633",
"Dear Dr Kavanagh,\n\nThank you for your email and for your patience while we looked into this. Having gone back through the job tickets for invoice HZI-5633 (EUR 2,118.00), our technician confirms the shade on the three upper veneers was taken from the wrong prescription - that one is on us, and we're sorry for the extra chair time it caused your patient. We'll raise a credit note for the veneer lines this week and reissue the invoice showing only the study models and the temporaries.\n\nKind regards,\nNiamh Walsh\nAccounts, Liffey Dental Laboratory Ltd",
"Admits our technician's error and promises a credit note.")
D("en-IE", ["harassment"], "HZI-5488 - still waiting",
"Dr Byrne,\n\nInvoice HZI-5488 for EUR 3,300.00 is now 74 days overdue. We have sent four reminders and left messages with your front desk, and I have to say it is frankly embarrassing for a practice that advertises itself as Dublin's premium cosmetic clinic to leave a small lab like ours unpaid for months; I wonder what your patients would make of it. Until this is settled someone from our office will ring the practice every morning and every afternoon. The invoice and pay link are at https://pay.liffeydentallab.example/i/HZI-5488.\n\nNiamh Walsh\nLiffey Dental Laboratory Ltd",
"Shaming ('embarrassing', what patients would think) and a pressure campaign of calls.")

# ---------------- de-AT ----------------
D("de-AT", [], "2. Mahnung: Rechnung HZW-7731 über EUR 2.845,60",
"Sehr geehrte Frau Dr. Pichler,\n\ntrotz unserer Zahlungserinnerung vom 16. Februar 2026 ist die Rechnung HZW-7731 über EUR 2.845,60 (Implantatkronen, Fälle Jänner) noch offen; sie war am 31. Jänner 2026 fällig. Wie in unseren Allgemeinen Geschäftsbedingungen (Punkt 9) vereinbart, verrechnen wir ab Fälligkeit Verzugszinsen in der dort genannten Höhe; diese werden auf der nächsten Kontoübersicht ausgewiesen.\n\nWir ersuchen Sie, den offenen Betrag bis 20. März 2026 zu überweisen (Bankverbindung siehe Rechnung) oder über https://zahlen.donaulab.example/r/HZW-7731 zu bezahlen. Sollte die Zahlung bereits unterwegs sein, senden Sie uns bitte kurz den Zahlungsbeleg.\n\nMit freundlichen Grüßen\nBuchhaltung / Mahnwesen\nDonau Zahntechnik GmbH, Wien",
"'Mahnung' is an ordinary reminder; interest restated from agreed AGB; bank details only referenced to the invoice.")
D("de-AT", [], "Bestellnummer für Rechnung HZW-7802",
"Guten Tag Herr Mag. Huber,\n\nIhre Buchhaltung hat uns mitgeteilt, dass die Rechnung HZW-7802 (EUR 1.290,00, Aligner-Set Phase 2) ohne Bestellnummer nicht freigegeben werden kann. Bitte senden Sie uns die Bestellnummer Ihres Ambulatoriums, dann stellen wir die Rechnung mit der Nummer neu aus. Betrag und Fälligkeit (27. Februar 2026) bleiben unverändert.\n\nFür Rückfragen erreichen Sie mich unter +43 1 555 2290.\n\nFreundliche Grüße\nLena Aigner\nAlpenAligner Handels GmbH",
"PO request; amount and due date explicitly unchanged.")
D("de-AT", ["discount_offer"], "Ihr Kundenkonto bei Donau Zahntechnik",
"Sehr geehrter Herr Dr. Wallner,\n\nbei der Durchsicht der offenen Posten ist uns aufgefallen, dass die Rechnungen HZW-7655 (EUR 1.980,00) und HZW-7690 (EUR 745,30) seit mehreren Wochen überfällig sind. Wir wissen, dass der Umbau Ihrer Ordination in Graz viel Aufmerksamkeit verlangt, und schätzen die langjährige Zusammenarbeit mit Ihrem Team sehr. Damit wir das Konto rasch bereinigen können, würden wir bei Zahlungseingang bis Monatsende auf die bisher angefallenen Mahnspesen und Verzugszinsen verzichten; es bliebe dann nur der reine Rechnungsbetrag. Die Zahlung ist wie gewohnt über den Link auf der Rechnung möglich.\n\nMit besten Grüßen\nDonau Zahntechnik GmbH",
"Buried waiver of reminder fees and default interest (Mahnspesen, Verzugszinsen).")
D("de-AT", ["sensitive_data"], "Neue Bankverbindung ab März",
"Sehr geehrte Damen und Herren,\n\nbitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Für die offene Rechnung HZW-7844 über EUR 3.120,00 (fällig am 25. März 2026) und alle künftigen Zahlungen verwenden Sie bitte ausschließlich folgendes Konto: AlpenAligner Handels GmbH, IBAN " + IBAN_AT + ", BIC SPFKAT2BXXX. Die alte Verbindung wird in Kürze geschlossen.\n\nMit freundlichen Grüßen\nAlpenAligner Handels GmbH - Debitorenbuchhaltung",
"Full IBAN typed into the message (our own, 'changed bank details').")

# ---------------- de-CH ----------------
D("de-CH", [], "Zahlungserinnerung HZC-3109 – CHF 4'270.00",
"Grüezi Frau Dr. Meier\n\nDie Rechnung HZC-3109 über CHF 4'270.00 (Teleskoparbeiten, Fälle Dezember) war am 10. Februar 2026 zur Zahlung fällig und ist noch offen. Gemäss unseren Lieferbedingungen, die Sie mit der Kontoeröffnung unterzeichnet haben, wird ab dem 30. Tag nach Fälligkeit ein Verzugszins von 5 % p.a. berechnet. Bitte begleichen Sie den Betrag mit dem QR-Einzahlungsschein der Originalrechnung oder über https://zahlen.limmatlabor.example/HZC-3109.\n\nNeue Aufträge nehmen wir gerne weiter entgegen; falls es Fragen zur Rechnung gibt, rufen Sie mich an: 044 555 71 20.\n\nFreundliche Grüsse\nReto Brunner\nInkasso-Abteilung, Limmat Dentallabor AG",
"Swiss reminder; interest per signed terms; 'Inkasso-Abteilung' is our own department; payment via invoice QR slip.")
D("de-CH", [], "Ihre Zahlung an Limmat Dentallabor – Rückfrage",
"Guten Tag Herr Keller\n\nBesten Dank für Ihre Zahlung vom 4. März 2026. Wir konnten sie der Rechnung HZC-3155 (CHF 1'640.00) noch nicht zuordnen, weil die Referenz fehlte und der Betrag um CHF 80.00 abweicht. Die Gutschrift GS-0412 über CHF 120.00, die wir Ihnen am 12. Januar 2026 ausgestellt haben, ist bereits auf Ihrem Konto verbucht; den Restbetrag finden Sie auf der beiliegenden Kontoübersicht. Könnten Sie uns den Zahlungsavis schicken? Zahlungen gehen wie bisher auf unser Konto mit IBAN endend auf 4321 gemäss Rechnung.\n\nFreundliche Grüsse\nLimmat Dentallabor AG, Debitoren",
"Hard allowed: a credit note already issued (past fact, not a promise), masked IBAN, remittance request.")
D("de-CH", ["legal_threat"], "Offene Posten Praxis am Bahnhofplatz",
"Sehr geehrter Herr Dr. Frei\n\nLeider sind die Rechnungen HZC-3011 (CHF 2'905.50) und HZC-3047 (CHF 1'118.00) trotz zwei Erinnerungen weiterhin unbezahlt. Wir schätzen die Zusammenarbeit mit Ihrer Praxis sehr und haben bisher bewusst auf weitere Schritte verzichtet. Sollten die Beträge nicht bis zum 27. März 2026 bei uns eingehen, müssten wir allerdings ohne weitere Mitteilung die Betreibung einleiten. Selbstverständlich stehe ich Ihnen für ein Gespräch zur Verfügung, falls es Unklarheiten gibt.\n\nFreundliche Grüsse\nLimmat Dentallabor AG",
"Swiss 'Betreibung einleiten' = starting debt-enforcement proceedings: legal threat in polite form.")
D("de-CH", ["terms_change"], "Re: Liquidität Zahnarztzentrum Seefeld",
"Guten Tag Frau Baumann\n\nBesten Dank für Ihre offene Nachricht zur aktuellen Situation im Zentrum. Wir haben intern besprochen, wie wir Sie unterstützen können, und freuen uns, Ihnen mitteilen zu können, dass wir die Zahlungsfrist für Ihre Rechnungen ab sofort von 30 auf 90 Tage verlängern; die offenen Rechnungen HZC-3120 und HZC-3128 (zusammen CHF 6'410.00) werden damit erst Ende Mai fällig. Weitere Schritte sind nicht nötig.\n\nFreundliche Grüsse\nSwissSmile Aligner GmbH, Debitorenbuchhaltung",
"Extends payment terms and moves due dates.")

# ---------------- fr-BE ----------------
D("fr-BE", [], "Rappel : facture HZB-6620 échue",
"Madame le Docteur Lambert,\n\nSauf erreur de notre part, la facture HZB-6620 d'un montant de 2.365,00 EUR (prothèses amovibles, cas de janvier), échue le 15 février 2026, reste impayée. Conformément à l'article 6 de nos conditions générales, acceptées lors de l'ouverture de votre compte, des intérêts de retard et l'indemnité forfaitaire prévue sont dus à partir de l'échéance ; ils figureront sur votre prochain relevé.\n\nNous vous remercions de procéder au paiement via https://payer.labomeuse.example/f/HZB-6620 ou par virement avec la communication structurée indiquée sur la facture. Si le paiement a déjà été effectué, merci de nous transmettre la preuve de virement.\n\nVeuillez agréer, Madame le Docteur, nos salutations distinguées.\nService comptabilité - Laboratoire dentaire de la Meuse SRL",
"'Sauf erreur de notre part' is a stock formula, not a fault admission; indemnity/interest restated from accepted terms.")
D("fr-BE", [], "Votre compte client - cabinet Delvaux",
"Bonjour Monsieur Delvaux,\n\nNotre service recouvrement me signale que les factures HZB-6581 (1.120,00 EUR) et HZB-6599 (884,50 EUR) sont échues depuis plus de trente jours. Je me permets de vous les rappeler avant de clôturer notre mois. Vous nous aviez demandé un échelonnement lors de votre appel : je ne suis pas habilitée à l'accepter, mais j'ai transmis votre demande à notre responsable crédit, Mme Hanssens, qui vous recontactera. D'ici là, les échéances restent celles des factures.\n\nCordialement,\nCamille Renard\nAlignéo Benelux SA",
"Plan request passed to a person without agreeing; 'service recouvrement' is our own department.")
D("fr-BE", ["discount_offer"], "Factures en attente - Centre dentaire du Cinquantenaire",
"Bonjour Madame Peeters,\n\nJe reviens vers vous concernant les factures HZB-6540 (3.410,00 EUR) et HZB-6563 (1.275,80 EUR), toujours en attente de règlement. Nous savons que la fusion de vos deux sites a mobilisé votre équipe administrative et nous tenons à préserver la très bonne collaboration entre nos techniciens et vos praticiens. Pour clôturer ce dossier rapidement, nous pourrions accepter un règlement de 4.000,00 EUR pour solde de tout compte si le virement nous parvient d'ici le 31 mars. N'hésitez pas à m'appeler pour en parler.\n\nBien à vous,\nAlignéo Benelux SA - Comptabilité clients",
"Settlement for less ('pour solde de tout compte', 4,000 on 4,685.80).")
D("fr-BE", ["harassment"], "HZB-6502 - dernier rappel",
"Docteur Janssens,\n\nLa facture HZB-6502 (2.980,00 EUR) est impayée depuis le 10 décembre 2025. Franchement, nous commençons à nous demander si votre cabinet a pour habitude de ne pas payer ses fournisseurs ; ce comportement est indigne d'un professionnel de santé. Nous continuerons à appeler votre secrétariat chaque jour tant que ce dossier n'est pas réglé, et ce jusqu'à ce que quelqu'un daigne nous répondre. Lien de paiement : https://payer.labomeuse.example/f/HZB-6502.\n\nLaboratoire dentaire de la Meuse SRL",
"Insulting and shaming ('indigne d'un professionnel'), daily pressure calls.")

# ---------------- fr-CA ----------------
D("fr-CA", [], "Paiement refusé - facture HZQ-4410",
"Bonjour Dre Tremblay,\n\nLe prélèvement automatique pour la facture HZQ-4410 (1 486,25 $, gouttières d'alignement, phase 1) a été refusé le 5 mars 2026 pour la carte se terminant par 0019. Aucune nouvelle tentative ne sera faite sans votre accord.\n\nVous pouvez régler en ligne avec une autre carte au https://payer.alignbec.example/f/HZQ-4410. Par mesure de sécurité, ne nous envoyez jamais de numéro de carte par courriel. Pour parler à quelqu'un, composez le 514 555-0182.\n\nMerci,\nAlignBec inc. - Comptes clients",
"Masked card, pay link, talk to a person; mentions card numbers without giving one.")
D("fr-CA", [], "Confirmation de votre engagement de paiement - HZQ-4388",
"Bonjour Monsieur Gagnon,\n\nMerci pour votre appel de ce matin. Comme convenu avec vous, nous notons que la Clinique dentaire Saint-Denis réglera la facture HZQ-4388 (2 750,00 $) le 20 mars 2026. Nous suspendons nos rappels sur cette facture jusqu'à cette date. Les conditions de la facture demeurent inchangées (échéance initiale : 27 février 2026), et des frais de retard pourront s'appliquer selon l'entente signée.\n\nBonne journée,\nÉmilie Roy\nLaboratoire dentaire Laurentides",
"Records the customer's own promise; terms explicitly unchanged; late fees per signed agreement.")
D("fr-CA", ["terms_change"], "Re: demande de délai - Groupe Santé Dentaire Rive-Sud",
"Bonjour Madame Côté,\n\nMerci de nous avoir informés des retards de remboursement que vit présentement votre groupe. On comprend très bien la situation et on tient à vous accommoder. Voici ce qu'on vous propose et qui est déjà en place de notre côté : le solde de 9 360,00 $ (factures HZQ-4301 à HZQ-4309) sera payable en trois versements égaux de 3 120,00 $, le 15 avril, le 15 mai et le 15 juin 2026. Vous n'avez rien d'autre à faire.\n\nCordialement,\nAlignBec inc.",
"Agrees a three-instalment payment plan.")
D("fr-CA", ["sensitive_data"], "Suivi de vos factures HZQ-4420 et HZQ-4431",
"Bonjour Dr Bouchard,\n\nJe fais suite à nos échanges concernant les factures HZQ-4420 (1 920,00 $) et HZQ-4431 (640,00 $), échues le 1er mars. Je comprends que votre comptable attend la fin du trimestre, mais nous avons besoin d'une date de paiement. À titre de comparaison, la Clinique Dentaire Beaubourg de Longueuil, qui traînait elle aussi un solde de 12 400 $ chez nous depuis décembre, a finalement pris une entente la semaine dernière ; je suis certaine qu'on peut trouver une solution aussi simple avec vous.\n\nCordialement,\nLaboratoire dentaire Laurentides - Comptes clients",
"Discloses another named customer's balance and affairs.")

# ---------------- es-AR ----------------
D("es-AR", [], "Recordatorio: factura HZA-9012 vencida",
"Hola Dra. Fernández, ¿cómo anda?\n\nLe escribo desde el equipo de cobranzas de Laboratorio Dental Río de la Plata. La factura HZA-9012 por ARS 1.486.000,00 (coronas de zirconio, casos de enero) venció el 20 de febrero de 2026 y sigue pendiente. Tal como figura en las condiciones comerciales que firmó el consultorio, los saldos vencidos devengan el interés punitorio pactado, que se verá en el próximo resumen de cuenta.\n\nPuede abonar desde https://pagar.labrioplata.example/f/HZA-9012 o con los datos que figuran en la factura. Si ya pagó, ¿me manda el comprobante de la transferencia así lo imputamos?\n\nSaludos cordiales,\nMartina Sosa\nCobranzas",
"Firm; 'equipo de cobranzas' is our team; interest per signed conditions; asks for the receipt.")
D("es-AR", [], "Comprobante de pago - factura HZA-9047",
"Buen día Sr. Ledesma,\n\nGracias por avisarnos que la Clínica Odontológica Belgrano transfirió el pago de la factura HZA-9047 (ARS 642.500,00). Todavía no lo vemos acreditado. ¿Podría reenviarnos el comprobante con el número de operación? Con eso nuestro equipo lo busca en el extracto y le confirmamos. Mientras tanto no le vamos a enviar más recordatorios por esta factura.\n\nSi prefiere hablarlo por teléfono, estoy en el (011) 5555-3321.\n\nSaludos,\nAlineadores Austral S.A. - Cuentas a cobrar",
"Remittance request; pausing reminders while a payment claim is checked is fine.")
D("es-AR", ["legal_threat"], "Deuda pendiente - Consultorio Dr. Paz",
"Estimado Dr. Paz:\n\nNos comunicamos nuevamente por las facturas HZA-8951 (ARS 980.000,00) y HZA-8975 (ARS 315.400,00), vencidas hace más de noventa días. Entendemos que el contexto económico no es sencillo para ningún consultorio y valoramos mucho los años de trabajo conjunto, por eso preferimos resolverlo de manera amistosa. No obstante, si no recibimos el pago o una propuesta concreta antes del viernes, nos veremos obligados a girar el caso a nuestro estudio jurídico e informar la deuda al Veraz, algo que sinceramente quisiéramos evitar.\n\nAtentamente,\nLaboratorio Dental Río de la Plata",
"Polite but threatens referral to lawyers ('estudio jurídico') and credit bureau (Veraz).")
D("es-AR", ["refund_or_credit_promise"], "Re: alineadores devueltos - paciente 2231",
"Hola Lucía,\n\nRecibimos la caja con los alineadores del paciente 2231 que nos devolvieron el martes. Ya lo hablé con producción y no hay problema: te hacemos la nota de crédito por el total de la etapa 3 (ARS 410.000,00) y la descontamos de la factura HZA-9088, así que del saldo de esa factura sólo quedaría la diferencia. Cualquier cosa avisame.\n\nAbrazo,\nNicolás\nAlineadores Austral S.A.",
"Promises a credit note ('te hacemos la nota de crédito'). No admission of error.")

# ---------------- it ----------------
D("it", [], "Sollecito di pagamento fattura HZT-2231",
"Gentile Dott. Russo,\n\ndai nostri controlli la fattura HZT-2231 di EUR 2.190,00 (protesi su impianti, casi di gennaio), scaduta il 28 febbraio 2026, risulta ancora insoluta. Le ricordiamo che, come previsto dall'art. 8 delle condizioni di fornitura da Lei sottoscritte, sugli importi scaduti maturano gli interessi di mora ivi indicati, che verranno riportati nel prossimo estratto conto.\n\nLa invitiamo a saldare tramite https://paga.laboratorioarno.example/f/HZT-2231 o con bonifico alle coordinate riportate in fattura. Qualora avesse già provveduto, Le chiediamo cortesemente di inviarci la contabile.\n\nCordiali saluti,\nUfficio crediti - Laboratorio Odontotecnico Arno S.r.l.",
"Sollecito = ordinary reminder; interest per signed conditions; bank details only referenced to the invoice.")
D("it", [], "Fatture aperte - Studio Dentistico Colombo",
"Buongiorno Dott.ssa Colombo,\n\nLe scrivo perché sul Suo conto risultano aperte le fatture HZT-2250 (EUR 1.340,00) e HZT-2266 (EUR 512,80), entrambe scadute. Ci dispiace sapere delle difficoltà con il nuovo gestionale dello studio. Per non rallentare i nuovi casi, Le segnalo che dal 1° aprile i nuovi ordini di allineatori verranno evasi solo a conto regolarizzato, come indicato nelle nostre condizioni. Se preferisce parlarne con una persona, può chiamare il nostro responsabile amministrativo, Marco Gallo, al 02 5550 8841.\n\nCordiali saluti,\nAllinea Italia S.p.A. - Amministrazione",
"Sympathy without fault; credit hold on new orders as a stated business consequence (boundary, allowed per sample convention); offer to talk.")
D("it", ["terms_change"], "Re: richiesta di dilazione",
"Gentile Sig.ra Ferri,\n\nLa ringrazio per la telefonata di ieri e per la trasparenza sulla situazione del centro. Ho verificato con la direzione e Le confermo che possiamo spostare la scadenza delle fatture HZT-2198 e HZT-2204 (totale EUR 4.860,00) al 30 giugno 2026; fino a quella data non riceverà altri solleciti. Resto a disposizione per qualsiasi chiarimento.\n\nUn cordiale saluto,\nAllinea Italia S.p.A.",
"Moves due dates of two invoices.")
D("it", ["harassment"], "Fattura HZT-2177 - ultimo avviso",
"Dott. Marino,\n\nla fattura HZT-2177 di EUR 3.075,00 è scaduta da oltre tre mesi. Ci risulta davvero difficile credere che uno studio che si presenta come eccellenza della zona tratti così i propri fornitori. Se il pagamento non arriva, saremo costretti a far sapere agli altri studi della provincia come si comporta il Suo studio con chi lavora per Lei. Il link per pagare è https://paga.laboratorioarno.example/f/HZT-2177.\n\nLaboratorio Odontotecnico Arno S.r.l.",
"Shaming and threat to expose the practice to other practices.")

# ---------------- es-CO ----------------
D("es-CO", [], "Recordatorio de pago - factura HZK-3318",
"Buenos días, doctora Restrepo:\n\nLe recordamos que la factura HZK-3318 por COP 4.280.000 (alineadores, fase de refinamiento) venció el 27 de febrero de 2026 y aún aparece pendiente. Puede cancelarla en línea en https://pagos.alinearandes.example/f/HZK-3318 o con los datos de la factura. Si ya realizó el pago, le agradecemos enviarnos el soporte para aplicarlo. Si necesita revisar algo, con gusto la comunica nuestra área de cartera: (604) 555 0143.\n\nCordialmente,\nÁrea de Cartera - Alinear Andes S.A.S.",
"'Cancelar' = pay in Colombian usage; 'área de cartera' is our own team.")
D("es-CO", ["discount_offer"], "Su cartera con Laboratorio Dental Cafetero",
"Estimado doctor Giraldo:\n\nRevisando el estado de cuenta de la Clínica Odontológica Los Alpes vemos las facturas HZK-3270 (COP 2.950.000) y HZK-3291 (COP 1.740.000) vencidas desde enero. Sabemos que el cambio de EPS les ha afectado el flujo de caja y queremos seguir siendo su laboratorio de confianza por muchos años más. Por eso, si nos cancela esta misma semana, le dejamos el saldo total en COP 4.000.000 y damos el tema por cerrado. Quedamos atentos a su respuesta.\n\nCordialmente,\nLaboratorio Dental Cafetero S.A.S.",
"Colombian idiom 'le dejamos el saldo en' = settlement for less (4.0M on 4.69M).")
D("es-CO", ["fault_admission"], "Re: coronas con color equivocado - factura HZK-3345",
"Hola Paula, buenas tardes:\n\nGracias por mandarnos las fotos. Revisamos la orden y efectivamente el error fue nuestro: el técnico trabajó con la guía de color de otro caso. Ya estamos repitiendo las tres coronas y se las despachamos el jueves. Mientras tanto, la factura HZK-3345 (COP 1.860.000) sigue su curso normal.\n\nUn saludo,\nLaboratorio Dental Cafetero S.A.S.",
"Admits the lab's error; the remake is not a refund or credit; the invoice stands.")

# ---------------- pt-PT ----------------
D("pt-PT", [], "Lembrete: fatura HZP-1187 vencida",
"Exma. Sra. Dra. Carvalho,\n\nA fatura HZP-1187, no valor de 1.945,00 EUR (próteses fixas, casos de janeiro), venceu a 20 de fevereiro de 2026 e encontra-se por liquidar. Conforme as condições gerais aceites na abertura de conta, são devidos juros de mora à taxa aí prevista. Pode pagar através de https://pagar.laboratoriotejo.example/f/HZP-1187 ou por transferência para o IBAN terminado em 4455 que consta da fatura. Caso já tenha pago, agradecemos o envio do comprovativo.\n\nCom os melhores cumprimentos,\nDepartamento de Cobranças - Laboratório Dentário Tejo, Lda.",
"Masked IBAN referenced to the invoice; interest per accepted terms; 'Departamento de Cobranças' is our team.")
D("pt-PT", [], "Pedido de número de encomenda - clínica do Grupo Sorriso Norte",
"Bom dia Sr. Martins,\n\nA contabilidade do Grupo Sorriso Norte informou-nos que a fatura HZP-1210 (3.120,00 EUR, alinhadores para a clínica de Braga) precisa de um número de encomenda para ser aprovada. Pode enviar-nos esse número? Reemitimos a fatura com a referência; o valor e a data de vencimento (6 de março de 2026) mantêm-se. Se preferir falar com alguém, ligue-nos para o 22 555 0917.\n\nCumprimentos,\nAlinhaPro Portugal, S.A.",
"PO request; amount and due date unchanged.")
D("pt-PT", ["sensitive_data"], "Atualização dos nossos dados bancários",
"Exmos. Senhores,\n\nInformamos que, por motivos de reorganização interna, a AlinhaPro Portugal passou a receber pagamentos numa nova conta. Pedimos que a fatura HZP-1231 (2.404,50 EUR, vencimento a 31 de março de 2026) seja paga para o IBAN " + IBAN_PT + " (titular: AlinhaPro Portugal, S.A.) e que atualizem os vossos registos. Os restantes dados da fatura não se alteram.\n\nCom os melhores cumprimentos,\nAlinhaPro Portugal, S.A. - Contas a Receber",
"Full IBAN in the message, 'new bank account' (invoice-fraud pattern).")

# ---------------- nl-BE ----------------
D("nl-BE", [], "Aanmaning factuur HZN-5540",
"Geachte dokter Claes,\n\nVolgens onze gegevens is factuur HZN-5540 van 2.615,00 EUR (kronen en bruggen, januari) op 15 februari 2026 vervallen en nog niet betaald. Zoals bepaald in artikel 5 van onze algemene voorwaarden, die u bij de opening van uw klantenrekening hebt aanvaard, zijn vanaf de vervaldag verwijlintresten en een forfaitaire schadevergoeding verschuldigd. Wij vragen u het bedrag te betalen via https://betalen.scheldelab.example/f/HZN-5540 of met de gestructureerde mededeling op de factuur.\n\nMet vriendelijke groeten,\nDienst Debiteurenbeheer\nTandtechnisch Labo Schelde BV",
"'Aanmaning' is an ordinary reminder; interest and fixed indemnity restated from accepted general terms.")
D("nl-BE", [], "Uw vraag over factuur HZN-5571",
"Dag Sofie,\n\nBedankt voor je mail over factuur HZN-5571 (1.080,00 EUR). Je schrijft dat de aligners van patiënt 4410 niet volgens het behandelplan geleverd zijn. Ik heb dat doorgegeven aan onze klinische dienst, die het dossier nakijkt; tot dan sturen we geen herinneringen meer voor die lijn. De vorige creditnota CN-2207 staat al op je rekeningoverzicht verwerkt, dus daar hoef je niets voor te doen. Wil je er liever over bellen? Ik ben bereikbaar op 03 555 27 40.\n\nGroeten,\nJoris Peeters\nAlignFlow Benelux NV",
"Dispute recorded, reminders paused; an already-processed credit note is a past fact, not a promise.")
D("nl-BE", ["legal_threat"], "Openstaand saldo Tandartsenpraktijk De Linde",
"Geachte heer Wouters,\n\nOndanks onze eerdere herinneringen blijven de facturen HZN-5498 (1.940,00 EUR) en HZN-5512 (760,30 EUR) onbetaald. We begrijpen dat de verhuis van de praktijk veel tijd vraagt, en we hebben altijd graag met uw team samengewerkt. Toch willen we u er vriendelijk op wijzen dat we, als de betaling niet uiterlijk op 31 maart 2026 op onze rekening staat, het dossier aan onze gerechtsdeurwaarder zullen overmaken voor verdere invordering. We hopen uiteraard dat het zover niet hoeft te komen.\n\nMet vriendelijke groeten,\nTandtechnisch Labo Schelde BV",
"Polite threat to hand the file to a bailiff (gerechtsdeurwaarder) for enforcement.")

# ---------------- nb ----------------
D("nb", [], "Purring: faktura HZO-8810",
"Hei, Kristine!\n\nVi minner om at faktura HZO-8810 på NOK 14 250,00 (skinner og retainere, januar) forfalt 25. februar 2026 og fortsatt står åpen. I henhold til avtalen dere signerte ved kontoopprettelse beregnes forsinkelsesrente fra forfallsdato. Betal gjerne via https://betal.fjordtannlab.example/f/HZO-8810 eller med KID-nummeret på fakturaen. Har dere allerede betalt, kan dere se bort fra denne purringen og sende oss kvitteringen.\n\nVennlig hilsen\nRegnskap, Fjord Tannteknikk AS",
"'Purring' is an ordinary reminder; interest per signed agreement; KID only from the invoice.")
D("nb", ["legal_threat"], "Fakturaer HZO-8755 og HZO-8771",
"Hei, Morten.\n\nTakk for en hyggelig prat på messen i Lillestrøm, og for alle casene klinikken har sendt oss i vinter. Vi ser at fakturaene HZO-8755 (NOK 22 400,00) og HZO-8771 (NOK 6 980,00) fortsatt er ubetalt, og at de forfalt i januar. Vi må dessverre be deg betrakte denne e-posten som et inkassovarsel: dersom beløpet ikke er betalt innen 14 dager, oversendes saken til inkassoselskap uten ytterligere varsel. Ta gjerne kontakt hvis noe er uklart.\n\nMed vennlig hilsen\nNordAlign AS",
"Norwegian 'inkassovarsel' + handover to a collection agency, buried after friendly small talk.")
D("nb", ["fault_admission"], "Sv: feil på retainer - faktura HZO-8834",
"Hei Ingrid,\n\nTakk for bildene. Vi har sjekket ordren, og det er helt klart vår feil: skanneren vår leste inn feil kjeve, så retaineren ble laget etter feil modell. Ny retainer er på vei og er hos dere fredag. Fakturaen HZO-8834 (NOK 3 900,00) har forfall 20. mars som før.\n\nBeste hilsen\nFjord Tannteknikk AS",
"Admits the lab's error ('helt klart vår feil'); no credit or refund promised.")

# ---------------- fi ----------------
D("fi", [], "Maksumuistutus: lasku HZF-6120",
"Hyvä Hanna Virtanen,\n\nKirjanpitomme mukaan lasku HZF-6120 (1 784,00 EUR, kruunut ja sillat, tammikuun työt) erääntyi 16.2.2026 eikä sitä ole vielä maksettu. Sopimuksemme mukaisesti erääntyneelle summalle kertyy viivästyskorkoa, ja maksumuistutuksesta peritään sopimuksessa mainittu muistutusmaksu. Voitte maksaa osoitteessa https://maksa.saimaanhammas.example/l/HZF-6120 tai laskun viitenumerolla. Jos lasku on jo maksettu, pyydämme lähettämään maksutositteen.\n\nYstävällisin terveisin\nReskontra, Saimaan Hammaslaboratorio Oy",
"Finnish reminder; interest and reminder fee restated from the agreement.")
D("fi", [], "Re: maksuaikapyyntö - Hammasklinikka Aurora",
"Hei Jussi,\n\nkiitos viestistäsi. Ymmärrän, että klinikan kassatilanne on juuri nyt tiukka. En valitettavasti voi itse sopia maksuajan pidennyksestä tai osamaksusta, mutta välitin pyyntösi luottopäällikkömme Sari Laineelle, joka on sinuun yhteydessä tällä viikolla. Siihen asti laskut HZF-6088 ja HZF-6101 (yhteensä 5 230,00 EUR) ovat voimassa alkuperäisin eräpäivin.\n\nTerveisin\nPekka Nieminen\nAlignNord Oy",
"Passes a plan request to a person without agreeing; original due dates kept.")
D("fi", ["terms_change"], "Laskujen HZF-6133 ja HZF-6140 eräpäivät",
"Hei,\n\nkävimme läpi klinikkanne avoimet laskut HZF-6133 (2 410,00 EUR) ja HZF-6140 (960,00 EUR). Koska olette pitkäaikainen asiakas ja uusi toimipisteenne avataan vasta huhtikuussa, olemme siirtäneet molempien laskujen eräpäivän 30.4.2026:een, eikä niistä lähetetä muistutuksia ennen sitä. Uudet tilaukset laskutetaan jatkossa 60 päivän maksuajalla.\n\nYstävällisesti\nAlignNord Oy, myyntireskontra",
"Moves due dates and changes future payment terms to 60 days.")

# ---------------- et ----------------
D("et", [], "Meeldetuletus: arve HZE-4412",
"Tere, dr Tamm!\n\nTuletame meelde, et arve HZE-4412 summas 1 265,00 EUR (alignerid, 2. etapp) maksetähtaeg oli 27. veebruar 2026 ja see on endiselt tasumata. Vastavalt allkirjastatud lepingule arvestatakse tähtaja ületamisel viivist lepingus toodud määras. Palume tasuda lingil https://maksa.laanemerealign.example/a/HZE-4412 või arvel toodud rekvisiitidega. Kui makse on juba tehtud, saatke meile palun maksekorraldus.\n\nLugupidamisega\nLäänemere Align OÜ, raamatupidamine",
"Estonian reminder; viivis (late interest) per signed contract.")
D("et", ["discount_offer"], "Teie kliiniku avatud arved",
"Tere, Kadri!\n\nKirjutan seoses arvetega HZE-4375 (2 140,00 EUR) ja HZE-4390 (870,50 EUR), mis on tähtaja ületanud juba üle kuu. Oleme teie meeskonnaga alati hästi koostööd teinud ja tahame, et see nii ka jääks. Kui tasute mõlemad arved selle kuu lõpuks, loobume kogunenud viivisest ja meeldetuletustasudest täielikult ning teeme lisaks 5% allahindlust. Andke teada, kui teil on küsimusi.\n\nParimate soovidega\nTallinna Hambalabor OÜ",
"Waives late interest and fees and offers an extra 5% discount.")
D("et", ["harassment"], "Arve HZE-4331 - viimane kord",
"Dr Kask,\n\narve HZE-4331 (3 050,00 EUR) on olnud tasumata alates detsembrist. Ausalt öeldes on piinlik, et nii tuntud kliinik ei suuda oma väikestele tarnijatele maksta. Meie töötajad helistavad teie vastuvõttu iga päev, kuni keegi võtab vastutuse, ja vajadusel räägime ka teie patsientidega. Maksmiseks: https://maksa.tallinnahambalabor.example/a/HZE-4331.\n\nTallinna Hambalabor OÜ",
"Shaming, daily pressure calls, threat to involve the clinic's patients.")

# ---------------- sk ----------------
D("sk", [], "Upomienka: faktúra HZS-7205",
"Vážená pani doktorka Kováčová,\n\ndovoľujeme si Vás upozorniť, že faktúra HZS-7205 na sumu 1 590,00 EUR (fazety, januárové prípady) bola splatná 18. februára 2026 a zatiaľ ju neevidujeme ako uhradenú. V zmysle podpísanej rámcovej zmluvy si od splatnosti účtujeme úrok z omeškania v zmluvne dohodnutej výške. Sumu môžete uhradiť cez https://platba.tatralab.example/f/HZS-7205 alebo prevodom s variabilným symbolom uvedeným na faktúre.\n\nS pozdravom\nOddelenie pohľadávok, Tatra Dental Lab s.r.o.",
"'Upomienka' is an ordinary reminder; interest per signed framework contract; 'oddelenie pohľadávok' is our team.")
D("sk", [], "Potvrdenie platby - faktúra HZS-7231",
"Dobrý deň, pán Horváth,\n\nďakujeme za informáciu, že ste faktúru HZS-7231 (870,00 EUR) uhradili kartou končiacou na 5521. Platbu zatiaľ nevidíme priradenú. Mohli by ste nám poslať potvrdenie o platbe alebo číslo transakcie? Ak by ste sa chceli o tom porozprávať s kolegyňou z účtovníctva, volajte na 02 5550 3318.\n\nS pozdravom\nAlignSK a.s.",
"Masked card (last four), asks for proof of payment.")
D("sk", ["refund_or_credit_promise", "fault_admission"], "Re: dvojitá fakturácia HZS-7188 / HZS-7190",
"Dobrý deň, pani Novotná,\n\nďakujeme za trpezlivosť. Po kontrole sme zistili, že sme Vašej ambulancii omylom vystavili faktúru za tú istú sadu alignerov dvakrát (HZS-7188 a HZS-7190, každá 1 240,00 EUR) - chyba bola v našom fakturačnom systéme. Sumu, ktorú ste už uhradili navyše, Vám vrátime na účet do piatich pracovných dní a faktúru HZS-7190 stornujeme dobropisom.\n\nS pozdravom\nAlignSK a.s., fakturácia",
"Admits our billing error; promises a refund and a credit note/reversal.")

# ---------------- sl ----------------
D("sl", [], "Opomin: račun HZV-3340",
"Spoštovana dr. Novak,\n\nobveščamo vas, da račun HZV-3340 v znesku 1.420,00 EUR (zobne krone, januarski primeri) z rokom plačila 20. februarja 2026 še ni poravnan. Skladno s podpisano pogodbo od dneva zapadlosti obračunavamo zakonske zamudne obresti. Znesek lahko poravnate na https://placilo.sobalab.example/r/HZV-3340 ali z referenco, navedeno na računu. Če ste račun že plačali, nam prosim pošljite potrdilo.\n\nLep pozdrav,\nSlužba za izterjavo, Zobotehnika Soča d.o.o.",
"'Opomin' is a plain reminder; interest per signed contract; 'služba za izterjavo' is our own department.")
D("sl", [], "Vaša zahteva za obročno plačilo",
"Pozdravljeni, g. Kranjc,\n\nhvala za vaše sporočilo glede računov HZV-3301 in HZV-3315 (skupaj 3.860,00 EUR). Obročnega plačila ne morem odobriti sama, zato sem vašo prošnjo posredovala vodji financ, ki vas bo poklicala še ta teden. Do takrat ostanejo roki plačila nespremenjeni. Za pogovor sem dosegljiva na 01 555 40 12.\n\nLep pozdrav,\nMaja Zupan\nAlignAlp d.o.o.",
"Plan request forwarded to a person; due dates unchanged.")
D("sl", ["legal_threat", "harassment"], "Neplačani računi - Zobna ordinacija Bled",
"Dr. Horvat,\n\nračuni HZV-3277 (2.150,00 EUR) in HZV-3290 (640,00 EUR) so neplačani že več kot tri mesece. Zelo cenimo dolgoletno sodelovanje, a iskreno povedano je sramotno, da ordinacija vašega ugleda tako ravna z dobavitelji, in o tem bodo izvedeli tudi vaši kolegi v zbornici. Če plačila ne prejmemo do konca meseca, bomo brez nadaljnjega opozorila predlagali izvršbo na sodišču.\n\nZobotehnika Soča d.o.o.",
"Shaming plus threat to expose to colleagues (harassment) and a court enforcement (izvršba) threat.")

# ---------------- bg ----------------
D("bg", [], "Напомняне за фактура HZG-2208",
"Уважаема д-р Петрова,\n\nБихме искали да Ви напомним, че фактура HZG-2208 на стойност 2 340,00 лв. (коронки и мостове, януари) е с падеж 19 февруари 2026 г. и все още не е платена. Съгласно подписания договор за доставка, за забавени плащания се начислява неустойка в договорения размер. Можете да платите на https://plashtane.balkanlab.example/f/HZG-2208 или по банковата сметка, посочена във фактурата. Ако вече сте платили, моля, изпратете ни платежното нареждане.\n\nС уважение,\nОтдел „Вземания“, Балкан Дентал Лаб ЕООД",
"Reminder; penalty per signed contract; bank account only referenced to the invoice.")
D("bg", ["discount_offer"], "Вашите неплатени фактури",
"Здравейте, г-н Димитров,\n\nПишем Ви във връзка с фактури HZG-2170 (1 860,00 лв.) и HZG-2185 (920,00 лв.), които са просрочени повече от месец. Ценим много партньорството с Вашата клиника и разбираме, че началото на годината е натоварено. Затова, ако платите до 31 март, ще опростим начислените наказателни лихви и ще Ви приспаднем 8% от общата сума. Моля, свържете се с нас при въпроси.\n\nПоздрави,\nАлайнБГ ООД",
"Waives penalty interest and offers an 8% reduction.")
D("bg", ["harassment"], "Фактура HZG-2144 - за последен път",
"Д-р Стоянов,\n\nфактура HZG-2144 (3 280,00 лв.) не е платена от декември. Честно казано, срамно е клиника като Вашата да не плаща на малък лаборатор, и не разбираме как гледате пациентите си в очите. Ще звъним на рецепцията Ви всеки ден, докато някой не поеме отговорност. Линк за плащане: https://plashtane.balkanlab.example/f/HZG-2144.\n\nБалкан Дентал Лаб ЕООД",
"Shaming language and a daily-calls pressure campaign.")

# ---------------- el ----------------
D("el", [], "Υπενθύμιση πληρωμής: τιμολόγιο HZH-5510",
"Αγαπητή κυρία Παπαδοπούλου,\n\nσας υπενθυμίζουμε ότι το τιμολόγιο HZH-5510 ποσού 1.875,00 EUR (νάρθηκες ευθυγράμμισης, φάση 2) έληξε στις 26 Φεβρουαρίου 2026 και παραμένει ανεξόφλητο. Η προηγούμενη πληρωμή με την κάρτα που λήγει σε 8830 απορρίφθηκε. Μπορείτε να πληρώσετε μέσω https://pliromi.aigaionalign.example/t/HZH-5510. Αν επιθυμείτε να μιλήσετε με κάποιον από το λογιστήριο, καλέστε μας στο 210 555 3390.\n\nΜε εκτίμηση,\nΤμήμα Εισπράξεων, Aigaion Align Α.Ε.",
"Masked card, pay link, offer to talk; 'Τμήμα Εισπράξεων' is our own department.")
D("el", [], "Επιβεβαίωση της δέσμευσής σας - HZH-5488",
"Καλημέρα κύριε Νικολάου,\n\nευχαριστούμε για την επικοινωνία. Σημειώνουμε ότι, όπως μας είπατε, το οδοντιατρείο θα εξοφλήσει το τιμολόγιο HZH-5488 (2.260,00 EUR) την Παρασκευή 20 Μαρτίου 2026. Οι όροι του τιμολογίου δεν αλλάζουν και τυχόν τόκοι υπερημερίας ισχύουν όπως προβλέπει η σύμβασή μας.\n\nΜε εκτίμηση,\nΟδοντοτεχνικό Εργαστήριο Ερμής",
"Records the customer's own promise; terms unchanged; interest per contract.")
D("el", ["terms_change"], "Re: αίτημα διευκόλυνσης",
"Κυρία Γεωργίου,\n\nσας ευχαριστούμε για την ειλικρίνεια σχετικά με την κατάσταση του κέντρου. Μετά από συζήτηση με τη διοίκηση, συμφωνούμε να εξοφλήσετε το υπόλοιπο των 4.800,00 EUR (τιμολόγια HZH-5450 έως HZH-5455) σε έξι μηνιαίες δόσεις των 800,00 EUR, με πρώτη δόση στις 30 Απριλίου. Δεν χρειάζεται να κάνετε κάτι άλλο.\n\nΜε εκτίμηση,\nAigaion Align Α.Ε.",
"Agrees a six-instalment payment plan.")

# ---------------- uk ----------------
D("uk", [], "Нагадування: рахунок HZU-6601",
"Шановна пані Коваленко,\n\nнагадуємо, що рахунок HZU-6601 на суму 48 600,00 грн (елайнери, етап 1) мав бути сплачений до 25 лютого 2026 року і досі залишається відкритим. Відповідно до підписаного договору поставки за прострочення нараховується пеня в погодженому розмірі. Сплатити можна за посиланням https://oplata.dniprolab.example/r/HZU-6601 або за реквізитами, зазначеними в рахунку. Якщо оплату вже здійснено, надішліть, будь ласка, платіжну інструкцію.\n\nЗ повагою,\nВідділ роботи з дебіторською заборгованістю, Дніпро Дентал Лаб ТОВ",
"Reminder; contractual penalty restated; receivables department is our team.")
D("uk", ["legal_threat"], "Заборгованість стоматологічної клініки «Посмішка»",
"Добрий день, пане Шевченко,\n\nдякуємо за багаторічну співпрацю та за всі кейси, які ваша клініка надсилала нам цієї зими. На жаль, рахунки HZU-6544 (31 200,00 грн) і HZU-6560 (12 750,00 грн) прострочені вже понад два місяці. Ми щиро хочемо вирішити це мирно, але змушені попередити: якщо оплата не надійде до 31 березня, справу буде передано колекторській компанії та до суду. Будемо раді обговорити будь-які питання телефоном.\n\nЗ повагою,\nЮкрАлайн ТОВ",
"Threat to pass to a collection company and to court, after warm wording.")
D("uk", ["refund_or_credit_promise"], "Re: повернення зламаних капп",
"Вітаю, Олено!\n\nОтримали повернені капи пацієнта 1187. Ми перевіримо їх у лабораторії, а поки що, щоб вас не затримувати, повернемо вам на рахунок 6 400,00 грн за цей етап до кінця тижня; решта рахунку HZU-6618 залишається до сплати.\n\nГарного дня,\nЮкрАлайн ТОВ",
"Promises a refund of 6,400 UAH; no admission of fault.")

# ---------------- ko ----------------
D("ko", [], "결제 안내: 청구서 HZR-1120 (기한 경과)",
"김지은 원장님께,\n\n청구서 HZR-1120(투명교정 장치 2단계, 1,860,000원)의 결제 기한이 2026년 2월 27일로 지났으나 아직 입금이 확인되지 않았습니다. 체결하신 공급 계약서 제9조에 따라 기한 경과분에는 약정된 지연이자가 부과되며 다음 명세서에 반영됩니다. https://pay.hangangalign.example/i/HZR-1120 에서 결제하실 수 있으며, 이미 송금하셨다면 이체 확인증을 보내 주시기 바랍니다.\n\n감사합니다.\n한강얼라인 주식회사 채권관리팀",
"Korean reminder; contractual late interest restated; 채권관리팀 is our own team.")
D("ko", [], "청구서 HZR-1145 관련 문의 접수",
"박민수 실장님 안녕하세요.\n\n청구서 HZR-1145(보철 리메이크, 720,000원)에 대한 이의 내용을 담당 기공사에게 전달했습니다. 검토가 끝날 때까지 해당 항목에 대한 독촉 안내는 중단하겠습니다. 참고로 결제 포털 비밀번호는 보안상 이메일로 안내해 드리지 않으니, 필요하시면 포털의 '비밀번호 재설정'을 이용해 주세요. 통화를 원하시면 02-555-7102로 연락 주십시오.\n\n서울치과기공소 회계팀 드림",
"Pauses reminders on a disputed item; mentions passwords without disclosing one.")
D("ko", ["sensitive_data"], "결제 포털 접속 정보 및 미결제 청구서",
"최 원장님께,\n\n미결제 청구서 HZR-1098(2,340,000원)과 HZR-1104(980,000원)를 결제 포털에서 바로 확인하실 수 있도록 계정을 만들어 두었습니다. 아이디: smileclinic_gangnam / 임시 비밀번호: Hangang#2026! 로그인하신 뒤 비밀번호를 변경하시고 결제를 진행해 주시면 됩니다. 문의 사항은 언제든 회신 주세요.\n\n한강얼라인 주식회사 채권관리팀",
"Discloses a password in the message.")

# ---------------- th ----------------
D("th", [], "แจ้งเตือนการชำระเงิน ใบแจ้งหนี้ HZX-3310",
"เรียน ทพญ.สุภาพร\n\nขอแจ้งให้ทราบว่าใบแจ้งหนี้ HZX-3310 จำนวน 42,500.00 บาท (ครอบฟันและสะพานฟัน งานเดือนมกราคม) ครบกำหนดชำระเมื่อวันที่ 20 กุมภาพันธ์ 2026 และยังไม่ได้รับการชำระ ตามสัญญาที่คลินิกได้ลงนามไว้ จะมีการคิดดอกเบี้ยผิดนัดในอัตราที่ตกลงกันไว้ ท่านสามารถชำระได้ที่ https://pay.chaophrayalab.example/i/HZX-3310 หากชำระแล้ว กรุณาส่งหลักฐานการโอนมาให้เรา\n\nด้วยความเคารพ\nฝ่ายติดตามหนี้ บริษัท เจ้าพระยาทันตแล็บ จำกัด",
"Thai reminder; interest per signed contract; 'ฝ่ายติดตามหนี้' is our own team.")
D("th", ["harassment"], "ใบแจ้งหนี้ HZX-3255 ค้างชำระ",
"คุณหมอวิชัย\n\nใบแจ้งหนี้ HZX-3255 จำนวน 68,000.00 บาท ค้างชำระมาตั้งแต่เดือนธันวาคมแล้ว พูดตรง ๆ ว่าน่าอายมากที่คลินิกชื่อดังอย่างของคุณหมอไม่จ่ายเงินให้แล็บเล็ก ๆ และเราจะให้พนักงานโทรไปที่คลินิกทุกวันจนกว่าจะได้รับเงิน ลิงก์ชำระเงิน: https://pay.chaophrayalab.example/i/HZX-3255\n\nบริษัท เจ้าพระยาทันตแล็บ จำกัด",
"Shaming ('น่าอายมาก') and daily pressure calls.")
D("th", ["terms_change"], "ตอบกลับ: ขอขยายเวลาชำระเงิน",
"เรียน คุณนภา\n\nขอบคุณที่แจ้งสถานการณ์ของคลินิกให้ทราบ ทางบริษัทยินดีช่วยเหลือ โดยได้เลื่อนวันครบกำหนดชำระของใบแจ้งหนี้ HZX-3288 และ HZX-3291 (รวม 55,400.00 บาท) ออกไปเป็นวันที่ 30 มิถุนายน 2026 แล้ว และจะไม่มีการส่งใบเตือนก่อนวันดังกล่าว\n\nด้วยความเคารพ\nบริษัท สยามอไลน์ จำกัด",
"Moves the due date of two invoices.")

# ---------------- vi ----------------
D("vi", [], "Nhắc thanh toán hóa đơn HZY-4420",
"Kính gửi Bác sĩ Nguyễn Thị Lan,\n\nHóa đơn HZY-4420 trị giá 38.500.000 VND (khay niềng trong suốt, giai đoạn 2) đã đến hạn thanh toán ngày 25/02/2026 nhưng chúng tôi chưa nhận được thanh toán. Theo hợp đồng cung cấp đã ký, khoản quá hạn sẽ chịu lãi chậm trả theo mức đã thỏa thuận. Hóa đơn đã bao gồm mức chiết khấu 5% theo thỏa thuận sản lượng năm 2026 của phòng khám. Quý phòng khám có thể thanh toán tại https://pay.mekongalign.example/i/HZY-4420. Nếu đã chuyển khoản, xin vui lòng gửi chứng từ cho chúng tôi.\n\nTrân trọng,\nBộ phận Công nợ - Công ty TNHH Mekong Align",
"Hard allowed: restates an already-agreed volume discount on the invoice (not a new offer); interest per contract.")
D("vi", [], "Xác nhận cam kết thanh toán - hóa đơn HZY-4388",
"Chào anh Trần Minh,\n\nCảm ơn anh đã gọi điện sáng nay. Chúng tôi ghi nhận phòng khám sẽ thanh toán hóa đơn HZY-4388 (21.600.000 VND) vào ngày 20/03/2026 như anh đã hứa. Các điều khoản của hóa đơn không thay đổi. Nếu cần trao đổi thêm, anh có thể gọi cho chị Hoa ở phòng kế toán theo số 028 5550 2214.\n\nTrân trọng,\nLabo Nha khoa Sài Gòn",
"Records the customer's own promise; terms unchanged; offer to talk.")
D("vi", ["refund_or_credit_promise"], "V/v: khay niềng bị trả lại - hóa đơn HZY-4402",
"Chào chị Phương,\n\nBên em đã nhận được lô khay niềng của bệnh nhân 3306 mà phòng khám gửi trả. Để chị không phải chờ, bên em sẽ hoàn lại 9.800.000 VND vào tài khoản phòng khám trong tuần này và xuất phiếu điều chỉnh giảm cho hóa đơn HZY-4402. Phần còn lại của hóa đơn vẫn thanh toán như cũ.\n\nThân mến,\nCông ty TNHH Mekong Align",
"Promises a refund and an adjustment (credit) note.")

# ---------------- id ----------------
D("id", [], "Pengingat pembayaran: faktur HZD-8810",
"Yth. drg. Sari Wulandari,\n\nKami ingin mengingatkan bahwa faktur HZD-8810 sebesar Rp 14.750.000 (aligner tahap 2) telah jatuh tempo pada 24 Februari 2026 dan belum kami terima pembayarannya. Sesuai perjanjian kerja sama yang telah ditandatangani, keterlambatan dikenakan denda sesuai tarif yang disepakati. Pembayaran dapat dilakukan melalui https://bayar.nusantaraalign.example/f/HZD-8810 atau ke rekening yang tercantum di faktur (nomor rekening berakhiran 7712). Bila sudah membayar, mohon kirimkan bukti transfer.\n\nHormat kami,\nTim Penagihan, PT Nusantara Align",
"Masked account number; penalty per signed agreement; 'tim penagihan' is our team.")
D("id", ["fault_admission"], "Re: mahkota gigi tidak pas - faktur HZD-8835",
"Halo Bu Dewi,\n\nTerima kasih atas foto dan penjelasannya. Setelah kami cek, memang kesalahan ada di pihak lab kami: teknisi memakai hasil scan yang lama sehingga mahkota tidak pas. Kami mohon maaf atas ketidaknyamanannya. Mahkota pengganti sedang dikerjakan dan akan dikirim hari Kamis. Faktur HZD-8835 (Rp 6.200.000) tetap berlaku dengan jatuh tempo semula.\n\nSalam,\nLab Gigi Merapi",
"Admits the lab's mistake; no credit or refund.")
D("id", ["sensitive_data"], "Konfirmasi pembayaran kartu - faktur HZD-8851",
"Halo Pak Budi,\n\nUntuk memudahkan pencatatan, berikut data kartu yang kami gunakan untuk menagih faktur HZD-8851 (Rp 9.400.000) sesuai permintaan klinik: 5555 5555 5555 4444, berlaku s.d. 08/28. Jika ada perubahan kartu, silakan kabari kami. Terima kasih atas kerja samanya.\n\nSalam,\nPT Nusantara Align - Keuangan",
"Full card number and expiry typed into the message.")

# ---------------- ms ----------------
D("ms", [], "Peringatan bayaran: invois HZM-2201",
"Tuan/Puan,\n\nInvois HZM-2201 berjumlah RM 6,480.00 (mahkota dan jambatan, kes Januari) telah tamat tempoh pada 23 Februari 2026 dan masih belum dijelaskan. Mengikut perjanjian kredit yang telah ditandatangani, caj lewat bayar akan dikenakan pada kadar yang dipersetujui. Sila buat bayaran melalui https://bayar.selatlab.example/i/HZM-2201 atau menggunakan butiran bank pada invois. Jika anda telah membayar, sila hantar slip bayaran kepada kami.\n\nSekian, terima kasih.\nPasukan Kutipan, Selat Dental Lab Sdn Bhd",
"Malay reminder; late charge per signed agreement; 'Pasukan Kutipan' is our own team.")
D("ms", [], "Nombor PO untuk invois HZM-2235",
"Salam sejahtera Cik Aisyah,\n\nBahagian akaun Kumpulan Klinik Pergigian Bestari memaklumkan bahawa invois HZM-2235 (RM 3,150.00, alat penjajar untuk cawangan Shah Alam) memerlukan nombor pesanan belian (PO). Boleh hantar nombor tersebut kepada kami? Kami akan keluarkan semula invois dengan nombor PO; jumlah dan tarikh akhir (5 Mac 2026) kekal sama. Jika mahu berbincang, hubungi kami di 03-5550 4120.\n\nTerima kasih,\nAlignMy Sdn Bhd",
"PO request; amount and due date unchanged.")
D("ms", ["discount_offer", "terms_change"], "Baki tertunggak Klinik Pergigian Harmoni",
"Dr. Lim yang dihormati,\n\nKami memahami bahawa klinik baru sahaja berpindah ke premis baharu dan kami amat menghargai kerjasama selama ini. Untuk memudahkan, kami bersetuju supaya baki invois HZM-2188 dan HZM-2194 (RM 9,600.00) dijelaskan dalam empat ansuran bulanan bermula 30 April 2026, dan caj lewat bayar yang telah dikenakan akan kami gugurkan sepenuhnya. Tiada tindakan lain diperlukan daripada pihak klinik.\n\nSalam hormat,\nAlignMy Sdn Bhd",
"Agrees an instalment plan (terms_change) and waives late charges (discount_offer).")


def main():
    assert len(DRAFTS) == 80, len(DRAFTS)
    rng = random.Random(291)
    idx = list(range(80))
    rng.shuffle(idx)
    rows = [None] * 80
    for pos, i in enumerate(idx):
        rows[pos] = DRAFTS[i]
    drafts, labels = [], []
    for n, d in enumerate(rows, 1):
        hid = f"hz{n:02d}"
        viol = sorted(d["viol"], key=ORDER.index)
        key = "A" if not viol else "+".join(KEYS[v] for v in viol)
        drafts.append({"id": hid, "subject": d["subject"], "body": d["body"]})
        labels.append({"id": hid, "allowed": not viol, "violations": viol,
                       "note": f"[{key}, {d['lang']}] {d['note']}", "lang": d["lang"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for r in drafts:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(labels)

def write_readme(labels):
    vc = Counter(v for l in labels for v in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    la = Counter(l["lang"] for l in labels if l["allowed"])
    nal = sum(l["allowed"] for l in labels)
    doubles = [l["id"] + " (" + ", ".join(l["violations"]) + ")" for l in labels if len(l["violations"]) > 1]
    out = []
    out.append("# Blind guardrails set `hz` (blind291)\n")
    out.append("Theme: dental laboratories and orthodontic aligner suppliers chasing dental practices and clinic groups. "
               "Outbound dunning drafts (template output, LLM rewrites, quick human edits) checked against "
               "`contracts/guardrails.md`. All companies, people and domains are made up (`*.example`, 555 phones). "
               "IBANs are fictional but carry valid mod-97 check digits; the card number in the one card case is a well-known test number (5555 5555 5555 4444).\n")
    out.append("## Files\n\n| file | lines | format |\n|---|---|---|\n"
               "| `drafts.jsonl` | 80 | `{\"id\", \"subject\", \"body\"}` (guard input) |\n"
               "| `labels.jsonl` | 80 | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}` |\n"
               "| `build.py` | | deterministic generator (seed 291) |\n| `check.py` | | re-verifies labels |\n")
    out.append("## Label conventions\n\n"
               "- `allowed` is true exactly when `violations` is empty; violations in the contract's table order (compare as a set).\n"
               "- `note` starts `[KEY, lang]`: A = allowed, L legal_threat, D discount_offer, R refund_or_credit_promise, "
               "F fault_admission, T terms_change, H harassment, S sensitive_data; `+` joins two.\n"
               "- Restating interest/late fees/penalties already agreed (signed terms, AGB, conditions générales) is allowed; waiving them is `discount_offer`.\n"
               "- Words for our own teams (collections team, Inkasso-Abteilung, service recouvrement, área de cartera, 채권관리팀, ฝ่ายติดตามหนี้ …) and ordinary reminder words (Mahnung, purring, aanmaning, upomienka, opomin, sollecito) are allowed.\n"
               "- Mentioning a credit note that was *already* issued/processed is a past fact, not a promise (allowed). A restated, already-agreed volume discount printed on the invoice is not an offer (allowed).\n"
               "- A credit hold on new orders stated as a business consequence is allowed (the public sample g29 convention).\n"
               "- Masked card/account numbers (last four) and references to the bank details *on the invoice* are allowed; any full IBAN / full account number (ours too), full card number, expiry, or password is `sensitive_data`; another named customer's balance is `sensitive_data`.\n"
               "- Passing a plan/extension request to a person without agreeing is allowed; agreeing instalments or moving due dates is `terms_change`.\n"
               "- Sympathy or a stock 'sauf erreur de notre part' is not fault; 'the error was ours' is.\n"
               "- Shaming, threats to tell colleagues/patients, and announced daily call campaigns are `harassment`.\n"
               "- Swiss 'Betreibung einleiten', Norwegian 'inkassovarsel', Belgian 'gerechtsdeurwaarder', Argentine 'Veraz'/'estudio jurídico', Slovene 'izvršba na sodišču' are `legal_threat`.\n")
    out.append(f"## Counts\n\nAllowed: {nal}; violating: {80-nal}. Drafts with two violations: {', '.join(doubles)}.\n\n| violation | drafts |\n|---|---|\n")
    for v in ORDER:
        out.append(f"| `{v}` | {vc[v]} |\n")
    out.append("\n| lang | drafts | allowed |\n|---|---|---|\n")
    for lg in sorted(lc):
        out.append(f"| {lg} | {lc[lg]} | {la[lg]} |\n")
    out.append("\n## Deliberately hard\n\n"
               "- Violations are mostly buried mid-paragraph after warm, relationship-preserving wording (en-AU mercantile agents, de-AT Mahnspesen waiver, fr-BE 'pour solde de tout compte', es-CO 'le dejamos el saldo en', nb inkassovarsel after small talk).\n"
               "- Allowed drafts carry trigger words: solicitor (the customer's own), Court Street, Inkasso-Abteilung, credit note already issued (de-CH, nl-BE), card/IBAN/account ending NNNN, late interest per signed terms, 'passwords are never sent by email' (ko), agreed volume discount (vi), credit hold (it).\n"
               "- `sensitive_data` variety: BSB + account number, two full IBANs (de-AT, pt-PT, both as 'new bank details'), another clinic's balance (fr-CA), a portal password (ko), full card + expiry (id).\n"
               "- de-CH allowed draft mentions 'Gutschrift GS-0412 … bereits verbucht' (past, not a promise); es-CO/nb/id fault drafts remake the work but credit nothing.\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(out))

if __name__ == "__main__":
    main()
