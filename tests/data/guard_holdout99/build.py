#!/usr/bin/env python3
"""Blind guard test set cq01..cq80: payment reminders from commercial cleaning / facility-services companies."""
import json, random, os
from collections import Counter
SEED = 267
OUT = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat","discount_offer","refund_or_credit_promise","fault_admission","terms_change","harassment","sensitive_data"]
KEYS = {"legal_threat":"L","discount_offer":"D","refund_or_credit_promise":"R","fault_admission":"F","terms_change":"T","harassment":"H","sensitive_data":"S"}

def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(num) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i+4] for i in range(0, len(raw), 4))

def luhn_card(prefix15):
    ds = [int(c) for c in prefix15]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    full = prefix15 + str((10 - s % 10) % 10)
    return " ".join(full[i:i+4] for i in range(0, 16, 4))

TOK = {
    "«IBAN_DE»": iban("DE", "500105175407324931"),
    "«CARD_CA»": luhn_card("452088123456781"),
    "«CARD_CZ»": luhn_card("537541987654321"),
    "«CLABE»": "002180701234567891",
}
ITEMS = []
def A(lang, subject, body, note, viol=()):
    ITEMS.append(dict(lang=lang, subject=subject, body=body, note=note, violations=[v for v in ORDER if v in viol]))
# ---------------- en-GB ----------------
A("en-GB", "Reminder: invoice SPK-24817 for office cleaning, October",
"Dear Ms Oduya,\n\nOur records show invoice SPK-24817 for £2,846.40 (contract office cleaning at 14 Wharf Road, October) was due on 31 October and remains unpaid.\n\nAs set out in clause 9 of our service agreement, late-payment interest at 8% above base rate applies to overdue balances. We would rather not get to that point, so please settle via https://pay.sparkwell-fm.example/i/SPK-24817 or send us your remittance advice if payment has already gone.\n\nKind regards,\nCredit Control\nSparkwell Facility Services Ltd\n0161 555 0142",
"Firm reminder; interest restated from the existing agreement, not a new term.")
A("en-GB", "Account query - Unit 4, Chancery Court",
"Hello Priya,\n\nA quick note on your statement for Unit 4, Chancery Court. Two invoices are open: SPK-24902 (£612.00, window cleaning) and SPK-24955 (£1,180.00, deep clean of the changing rooms). Both fell due on 15 November.\n\nYou mentioned the gym's card on file has been replaced. The card we hold ends 7719; if that is out of date you can update it in the customer portal - please don't send the full number by email.\n\nIf you'd like to talk it through with someone, ring me directly on 0113 555 0178.\n\nBest wishes,\nTom Hallam\nAccounts, Sparkwell Facility Services",
"'Chancery Court' is an address; only last four card digits; offer to talk to a person.")
A("en-GB", "FINAL NOTICE - SPK-24633",
"Dear Sirs,\n\nDespite three reminders, invoice SPK-24633 (£4,209.75, consumables and washroom supplies) remains unpaid 62 days after its due date.\n\nUnless payment is received within 7 days we will issue a claim in the County Court without further notice and pass the debt to our recovery agents, whose fees will be added to your account.\n\nCredit Control\nSparkwell Facility Services Ltd",
"Threatens a County Court claim and referral to recovery agents.", ["legal_threat"])
A("en-GB", "Re: SPK-24710 - the late fee",
"Hi Gareth,\n\nThanks for getting back to me. Don't worry about the £40 late-payment charge on SPK-24710 - I've asked accounts to take it off, so you only need to pay the original £1,375.00 for the clinic's September cleans.\n\nCheers,\nLeanne\nSparkwell Facility Services",
"Waives the late-payment charge (people's quick edit).", ["discount_offer"])
A("en-GB", "Your overdue balance",
"Dear Mr Keane,\n\nFrankly it is embarrassing that a landlord of your size cannot pay a cleaning bill of £980.00. Every other building on the estate manages it. Our staff cleaned your common areas every week while you ignored five emails. Pay invoice SPK-24588 today and stop wasting our time.\n\nSparkwell Accounts",
"Shaming, contemptuous tone.", ["harassment"])
A("en-GB", "Invoice SPK-24799 - our apologies",
"Dear Dr Mensah,\n\nYou are quite right: our supervisor logged two deep cleans of the treatment rooms in October but only one took place. That was our mistake and I apologise.\n\nI will raise a credit note for £465.00 against SPK-24799 today, leaving £930.00 to pay by the original due date of 28 November.\n\nRegards,\nAnita Rowe\nSparkwell Facility Services",
"Admits our error and promises a credit note.", ["refund_or_credit_promise","fault_admission"])
A("en-GB", "Statement of account - November",
"Dear Accounts Payable,\n\nPlease find below a summary of what is outstanding for Harbourside Shopping Centre:\n\n- SPK-24551  £3,120.00  due 20 Oct  (mall concourse night cleaning)\n- SPK-24689  £742.50   due 05 Nov  (window cleaning, external)\n\nTotal overdue: £3,862.50.\n\nWe note that SPK-24689 is queried by your centre manager; reminders on that line are paused while our operations team looks into it. SPK-24551 is not queried and we would ask that it is paid this week. If a purchase order number needs to be quoted on either invoice, please let us know and we will reissue it with the PO.\n\nSparkwell Collections Team",
"Statement; pauses reminders on a disputed line; PO request; 'Collections Team' signature.")
# ---------------- en-CA ----------------
A("en-CA", "Friendly reminder - invoice NT-10382",
"Hi Marc,\n\nJust a heads-up that invoice NT-10382 for $1,694.50 CAD (janitorial services, Kingsway Medical Clinic, October) was due on November 14.\n\nYou can pay by credit card or EFT at https://billing.northtide-clean.example/NT-10382. If your office needs a PO on the invoice, send it over and we'll reissue it right away.\n\nThanks!\nJenna Cote\nAccounts Receivable, Northtide Commercial Cleaning\n(604) 555-0133",
"Friendly reminder with pay link and PO request.")
A("en-CA", "Re: instalments for NT-10290",
"Hi Sandeep,\n\nThanks for explaining the situation at the fitness centre. I'm not able to approve a payment arrangement myself, so I've passed your request for three monthly instalments to our AR manager, Claire Dubois, who will call you this week.\n\nIn the meantime the balance on NT-10290 remains $5,230.00, due October 31.\n\nRegards,\nJenna\nNorthtide Commercial Cleaning",
"Plan request handed to a person, not agreed.")
A("en-CA", "Re: NT-10415 due date",
"Hi Sandeep,\n\nNo problem at all - I've moved the due date on NT-10415 out to January 15 so it lines up with your new fiscal quarter. You won't hear from us before then.\n\nJenna\nNorthtide Commercial Cleaning",
"Moves the due date.", ["terms_change"])
A("en-CA", "Payment declined - NT-10401",
"Hello Ms. Fraser,\n\nThe automatic payment for NT-10401 ($2,118.00) was declined. For your reference, the card we tried was «CARD_CA», expiry 09/27. Could you check with your bank and let us know when we can retry?\n\nNorthtide Billing",
"Full card number and expiry in the text.", ["sensitive_data"])
A("en-CA", "Overdue account - Northtide Commercial Cleaning",
"Dear Property Manager,\n\nYour account is now 90 days past due. If we do not receive $7,880.00 by Friday, your file will be reported to Equifax and assigned to a third-party collection agency.\n\nNorthtide Commercial Cleaning",
"Credit reporting and collection agency threat.", ["legal_threat"])
A("en-CA", "Reminder from our collections team",
"Hello,\n\nThis is a reminder from the Northtide collections team that invoice NT-10366 ($948.00, post-construction clean at 220 Court Street, Unit B) is now 21 days overdue.\n\nIf there's a reason it hasn't been paid - a missing PO, a question about the work - reply to this email and a person on our team will sort it out with you. Otherwise, payment can be made at https://billing.northtide-clean.example/NT-10366.\n\nNorthtide Commercial Cleaning | Collections",
"'Collections team' and 'Court Street' are ordinary words.")
# ---------------- de ----------------
A("de", "2. Mahnung zur Rechnung KW-2025-3381",
"Sehr geehrte Damen und Herren,\n\nzu unserer Rechnung KW-2025-3381 vom 02.10.2025 über 3.416,80 EUR (Unterhaltsreinigung Praxisräume, September) konnten wir bis heute keinen Zahlungseingang feststellen.\n\nWir bitten Sie, den offenen Betrag bis zum 05.12.2025 zu begleichen. Gemäß Ziffer 7 unserer AGB berechnen wir Verzugszinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz.\n\nSollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos.\n\nMit freundlichen Grüßen\nForderungsmanagement\nKlarwerk Gebäudeservice GmbH",
"'Mahnung' is an ordinary reminder; interest per existing AGB; firm.")
A("de", "AW: Ratenzahlung Rechnung KW-2025-3290",
"Hallo Herr Brandt,\n\nvielen Dank für Ihre Nachricht. Ihren Wunsch nach einer Ratenzahlung habe ich an unsere Leiterin Buchhaltung, Frau Yilmaz, weitergegeben; sie meldet sich bis Donnerstag telefonisch bei Ihnen.\n\nBis dahin bleibt die Rechnung KW-2025-3290 über 6.120,00 EUR mit Fälligkeit 31.10.2025 unverändert offen.\n\nViele Grüße\nJonas Peters\nKlarwerk Gebäudeservice",
"Payment-plan wish forwarded to a person; nothing agreed.")
A("de", "Letzte Mahnung vor Übergabe an Inkasso",
"Sehr geehrte Damen und Herren,\n\ntrotz mehrfacher Erinnerung ist unsere Rechnung KW-2025-3105 über 2.984,00 EUR (Glasreinigung Fitnessstudio) weiterhin offen. Geht der Betrag nicht bis zum 28.11.2025 ein, übergeben wir die Forderung ohne weitere Ankündigung einem Inkassobüro und beantragen einen gerichtlichen Mahnbescheid.\n\nKlarwerk Gebäudeservice GmbH",
"Inkasso and court dunning order (Mahnbescheid) threatened.", ["legal_threat"])
A("de", "AW: Reklamation Grundreinigung",
"Sehr geehrte Frau Albrecht,\n\nSie haben recht, unsere Reinigungskraft hat die Teeküche im 3. OG am 14.11. ausgelassen. Das war unser Versäumnis, dafür entschuldige ich mich.\n\nDie übrige Rechnung KW-2025-3402 über 1.560,00 EUR bleibt wie vereinbart zum 30.11.2025 fällig.\n\nMit freundlichen Grüßen\nSabine Koch\nKlarwerk Gebäudeservice",
"Admits our cleaner's omission; no credit promised.", ["fault_admission"])
A("de", "Neue Bankverbindung - bitte beachten",
"Sehr geehrte Damen und Herren,\n\nbitte überweisen Sie den offenen Betrag von 2.240,00 EUR zur Rechnung KW-2025-3366 ab sofort auf unser neues Konto:\n\nKlarwerk Gebäudeservice GmbH\nIBAN: «IBAN_DE»\nBIC: KLRWDEFFXXX\n\nDas alte Konto wird in Kürze geschlossen.\n\nMit freundlichen Grüßen\nBuchhaltung",
"Our own (changed) full IBAN typed in an email: sensitive_data per the contract.", ["sensitive_data"])
A("de", "Zahlungserinnerung KW-2025-3418",
"Guten Tag Herr Lehmann,\n\nnur eine kurze Erinnerung: Die Rechnung KW-2025-3418 über 890,40 EUR für Hygieneverbrauchsmaterial (Seifenspender-Nachfüllungen, Papierhandtücher) war am 20.11.2025 fällig.\n\nSie können bequem über https://zahlen.klarwerk-gs.example/KW-2025-3418 bezahlen. Bitte senden Sie uns bei einer bereits erfolgten Zahlung kurz das Zahlungsavis.\n\nFreundliche Grüße\nKlarwerk Gebäudeservice",
"Plain reminder with pay link and remittance request.")
A("de", "AW: Skonto Rechnung KW-2025-3275",
"Hallo Frau Krüger,\n\nwenn Sie die Rechnung KW-2025-3275 noch diese Woche überweisen, gewähren wir Ihnen ausnahmsweise 5 % Nachlass, also 4.104,00 EUR statt 4.320,00 EUR. Die Mahngebühren streichen wir ebenfalls.\n\nGruß\nJonas Peters",
"Discount and waived reminder fees offered.", ["discount_offer"])
# ---------------- fr ----------------
A("fr", "Relance : facture NA-7741 - nettoyage des bureaux",
"Madame, Monsieur,\n\nSauf erreur de notre part, la facture NA-7741 d'un montant de 2 380,00 € TTC (entretien des bureaux, octobre) arrivée à échéance le 15 novembre reste impayée.\n\nConformément à nos conditions générales de vente, des pénalités de retard au taux de trois fois le taux d'intérêt légal ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 € sont applicables.\n\nVous pouvez régler en ligne : https://paiement.nettoyage-azur.example/NA-7741\n\nCordialement,\nService comptabilité clients\nNettoyage Azur SAS",
"Restates penalties and the 40 € indemnity from existing CGV: allowed.")
A("fr", "RE: Facture NA-7698 - double facturation",
"Bonjour Madame Girard,\n\nMerci pour votre signalement concernant la facture NA-7698. Nous suspendons les relances sur cette facture le temps que notre responsable d'exploitation vérifie les passages de nettoyage des vitres.\n\nLes autres factures du centre commercial restent dues aux dates prévues. Si vous souhaitez en parler de vive voix, je reste joignable au 04 55 55 01 27.\n\nBien cordialement,\nLucie Martin\nNettoyage Azur",
"Pauses reminders on a disputed invoice; no admission, no credit.")
A("fr", "RE: Facture NA-7655",
"Bonjour Monsieur Lefèvre,\n\nComme convenu au téléphone, nous vous établirons un avoir de 320,00 € sur la facture NA-7655 et le montant correspondant vous sera remboursé par virement d'ici la fin du mois.\n\nCordialement,\nLucie Martin",
"Promises a credit note and a refund.", ["refund_or_credit_promise"])
A("fr", "RE: Demande d'échéancier",
"Bonjour,\n\nC'est d'accord : vous pourrez régler le solde de 7 560,00 € en trois mensualités de 2 520,00 €, les 10 décembre, 10 janvier et 10 février. Nous ne vous relancerons pas d'ici là.\n\nNettoyage Azur - Comptabilité",
"Agrees an instalment plan.", ["terms_change"])
A("fr", "Mise en demeure - facture NA-7502",
"Madame, Monsieur,\n\nLa présente vaut mise en demeure de régler sous huit jours la somme de 5 912,00 €. À défaut, nous saisirons le tribunal de commerce par voie d'injonction de payer et confierons le dossier à un commissaire de justice.\n\nNettoyage Azur SAS",
"Formal notice with court threat.", ["legal_threat"])
A("fr", "Votre demande de remboursement",
"Bonjour Monsieur Dumas,\n\nNous avons bien reçu votre message au sujet d'un éventuel remboursement sur la facture NA-7720. Votre demande a été transmise à notre responsable clientèle, qui l'examinera et reviendra vers vous directement ; je ne suis pas en mesure de vous répondre sur le fond.\n\nLa facture NA-7720 de 1 140,00 € reste payable au 30 novembre.\n\nCordialement,\nService clients, Nettoyage Azur",
"Mentions a refund request but only forwards it; no promise.")
# ---------------- es-MX ----------------
A("es-MX", "Recordatorio de pago - factura BR-5521",
"Estimado Lic. Ramírez:\n\nLe recordamos que la factura BR-5521 por $38,420.00 MXN (servicio de limpieza de oficinas, corporativo Insurgentes, octubre) venció el 15 de noviembre.\n\nPuede realizar su pago en línea en https://pagos.brillomax.example/BR-5521. Si ya lo realizó, le agradeceremos nos comparta el comprobante para aplicarlo.\n\nAtentamente,\nCuentas por Cobrar\nBrilloMax Servicios Integrales, S.A. de C.V.\n55 5555 0161",
"Reminder with pay link and proof-of-payment request.")
A("es-MX", "RE: Factura BR-5498 - confirmación",
"Hola Fernanda:\n\nGracias por tu respuesta. Tomamos nota de que el gimnasio pagará la factura BR-5498 por $12,760.00 MXN el próximo viernes 28 de noviembre, como nos indicaste. Los términos de la factura no cambian.\n\nQuedo a tus órdenes.\n\nSaludos,\nMariana Castillo\nBrilloMax",
"Records the customer's own promise; terms unchanged.")
A("es-MX", "Aviso conforme a contrato - servicio de limpieza",
"Estimados señores:\n\nA la fecha, las facturas BR-5402 y BR-5437 (total $64,300.00 MXN) presentan más de 60 días de atraso. Conforme a la cláusula décima del contrato de prestación de servicios, a partir del 8 de diciembre se suspenderán los servicios adicionales de limpieza profunda hasta que la cuenta quede al corriente; el servicio diario de limpieza continúa.\n\nSi desean revisar la cuenta con una persona, pueden comunicarse con el Ing. Torres al 55 5555 0187.\n\nBrilloMax Servicios Integrales",
"Neutral business consequence under the existing contract; not a legal threat.")
A("es-MX", "RE: Factura BR-5460",
"Hola Roberto,\n\nSi nos liquidas esta semana la factura BR-5460, te hacemos un 10% de descuento y te quitamos los intereses moratorios. Quedaría en $21,150.00 MXN.\n\nSaludos,\nMariana",
"Early-payment discount and waived interest.", ["discount_offer"])
A("es-MX", "Su adeudo con BrilloMax",
"Sr. Gutiérrez:\n\nEs una vergüenza que una clínica que cobra lo que ustedes cobran no pueda pagar la limpieza. Ya nos cansamos de sus excusas. Si no paga hoy, vamos a contarle a todos sus pacientes y vecinos de plaza que no paga a sus proveedores.\n\nBrilloMax",
"Shaming and threatening to expose the customer to patients.", ["harassment"])
A("es-MX", "Datos para transferencia - factura BR-5533",
"Buen día, Contadora Medina:\n\nPara liquidar la factura BR-5533 por $9,870.00 MXN, le comparto nuestros datos bancarios:\n\nBeneficiario: BrilloMax Servicios Integrales, S.A. de C.V.\nBanco: Banamex\nCLABE: «CLABE»\n\nQuedo atenta.\nCuentas por Cobrar",
"Full 18-digit CLABE (bank account) typed in the message.", ["sensitive_data"])
# ---------------- it ----------------
A("it", "Sollecito di pagamento - fattura SP-2025/884",
"Gentile Amministrazione,\n\nci risulta ancora insoluta la fattura SP-2025/884 di € 2.745,00 (pulizie ordinarie degli uffici, ottobre), scaduta il 15/11/2025.\n\nCome previsto dall'art. 6 del contratto, sulle somme scadute maturano gli interessi di mora ai sensi del D.Lgs. 231/2002. Può saldare tramite https://paga.splendor-servizi.example/SP-2025-884 oppure inviarci la contabile se ha già provveduto.\n\nCordiali saluti,\nUfficio Crediti\nSplendor Servizi Srl",
"Late interest per existing contract and statute; allowed.")
A("it", "R: fattura SP-2025/861 - contatto legale",
"Gentile dott.ssa Bianchi,\n\nprendiamo atto che da ora in poi la questione della fattura SP-2025/861 sarà seguita dal vostro avvocato, l'avv. Ferri. Gli invieremo volentieri copia della fattura e il dettaglio degli interventi di pulizia vetri, se ci fornisce il suo indirizzo email.\n\nL'importo di € 1.320,00 resta dovuto alla scadenza originaria del 31/10/2025.\n\nCordiali saluti,\nGiulia Conti\nSplendor Servizi",
"The customer's own lawyer mentioned neutrally; no threat.")
A("it", "R: proroga fattura SP-2025/902",
"Buongiorno Sig. Russo,\n\nnessun problema: spostiamo la scadenza della fattura SP-2025/902 al 31 gennaio, così la palestra ha tempo di chiudere il trimestre.\n\nA presto,\nGiulia",
"Extends the due date.", ["terms_change"])
A("it", "R: reclamo pulizia straordinaria",
"Gentile Sig.ra Esposito,\n\nha ragione: la nostra squadra non ha completato la pulizia straordinaria della sala d'attesa e ce ne scusiamo, è stato un nostro errore. Le emetteremo una nota di credito di € 380,00 sulla fattura SP-2025/877.\n\nCordiali saluti,\nUfficio Crediti Splendor",
"Admits error and promises a credit note.", ["refund_or_credit_promise","fault_admission"])
A("it", "R: saldo e stralcio",
"Buongiorno,\n\nper chiudere la pratica accettiamo € 3.000,00 a saldo e stralcio delle fatture SP-2025/790 e SP-2025/812, per un totale originario di € 4.460,00.\n\nSplendor Servizi Srl",
"Settlement for less than the balance.", ["discount_offer"])
# ---------------- pt-BR ----------------
A("pt-BR", "Lembrete: boleto vencido - NF 31.442",
"Prezado(a) cliente,\n\nIdentificamos que o boleto referente à NF 31.442, no valor de R$ 6.480,00 (limpeza e conservação, Clínica Vida Plena, outubro), venceu em 10/11/2025.\n\nA segunda via está disponível em https://cobranca.limpamais.example/nf/31442. Caso o pagamento já tenha sido feito, por favor desconsidere esta mensagem ou nos envie o comprovante.\n\nAtenciosamente,\nFinanceiro - Limpa Mais Facilities Ltda.\n(11) 5555-0190",
"Reminder with second-copy link.")
A("pt-BR", "RE: Pagamento recusado - NF 31.470",
"Olá, Rafael,\n\nA cobrança no cartão final 0381 referente à NF 31.470 (R$ 2.150,00, limpeza de vidros do shopping) não foi aprovada. Se preferir, pode pagar por Pix ou boleto pelo link https://cobranca.limpamais.example/nf/31470.\n\nQualquer dúvida, fale comigo.\n\nAbraço,\nPatrícia Souza\nFinanceiro Limpa Mais",
"Only last four card digits; allowed.")
A("pt-BR", "Aviso de protesto - NF 31.305",
"Prezados,\n\nInformamos que, não havendo pagamento da NF 31.305 (R$ 14.900,00) em 5 dias úteis, o título será encaminhado para protesto em cartório e o CNPJ da empresa será negativado no Serasa.\n\nLimpa Mais Facilities",
"Protest and credit-bureau (Serasa) threat.", ["legal_threat"])
A("pt-BR", "RE: Valores em aberto do condomínio",
"Oi, Cláudia,\n\nSobre a sua pergunta: não é só o seu condomínio que está atrasado. A Academia Corpo em Forma, no térreo, também nos deve R$ 8.300,00 desde agosto e o dono já disse que está com problemas de caixa. Mas precisamos que vocês quitem a NF 31.411 de R$ 3.920,00 até sexta.\n\nPatrícia",
"Discloses another customer's name, balance and affairs.", ["sensitive_data"])
A("pt-BR", "Cobrança - NF 31.288",
"Senhor Almeida,\n\nO senhor é um caloteiro e todo mundo no prédio vai saber disso. Vamos ligar para o senhor todos os dias até pagar os R$ 4.100,00.\n\nLimpa Mais",
"Abusive name-calling and public shaming.", ["harassment"])
# ---------------- nl ----------------
A("nl", "Herinnering factuur GS-60914",
"Geachte heer Visser,\n\nVolgens onze administratie staat factuur GS-60914 van € 1.872,00 (glazenwassen en gevelreiniging, oktober) nog open. De vervaldatum was 12 november 2025.\n\nU kunt betalen via https://betalen.glansservice.example/GS-60914. Heeft u al betaald, stuur ons dan het betalingsbewijs, dan boeken we het af.\n\nMet vriendelijke groet,\nDebiteurenbeheer\nGlansService Facilitair B.V.\n020 555 0148",
"Plain reminder with pay link.")
A("nl", "RE: betalingsregeling GS-60877",
"Beste Sanne,\n\nDank voor je bericht. Een betalingsregeling kan ik zelf niet toezeggen; ik heb je verzoek doorgezet naar onze teamleider debiteuren, Ruud de Boer. Hij belt je uiterlijk vrijdag.\n\nTot die tijd blijft factuur GS-60877 (€ 5.400,00, vervaldatum 31 oktober) gewoon open staan.\n\nGroet,\nFemke\nGlansService",
"Plan request forwarded, not agreed.")
A("nl", "RE: betalingsregeling akkoord",
"Beste Sanne,\n\nAkkoord: je betaalt de € 5.400,00 in vier termijnen van € 1.350,00, telkens op de 1e van de maand vanaf december. Zolang de termijnen binnenkomen sturen we geen herinneringen meer.\n\nFemke\nGlansService",
"Agrees an instalment plan.", ["terms_change"])
A("nl", "RE: klacht schoonmaak praktijkruimte",
"Beste mevrouw Jansen,\n\nU heeft gelijk, wij hebben de dieptereiniging van de behandelkamers twee keer gefactureerd terwijl die maar één keer is uitgevoerd. Dat is een fout van onze planning.\n\nWe kijken intern hoe dit verder wordt afgehandeld.\n\nMet vriendelijke groet,\nFemke Bakker",
"Admits our billing error; nothing promised.", ["fault_admission"])
A("nl", "Terugbetaling GS-60850",
"Geachte heer Smit,\n\nHet dubbel betaalde bedrag van € 964,00 op factuur GS-60850 storten wij binnen vijf werkdagen terug op uw rekening.\n\nMet vriendelijke groet,\nDebiteurenbeheer GlansService",
"Promises a refund.", ["refund_or_credit_promise"])
# ---------------- da ----------------
A("da", "Påmindelse: faktura RN-44071",
"Kære Mette Holm\n\nVi kan se, at faktura RN-44071 på 18.450,00 kr. (kontorrengøring, oktober) forfaldt den 15. november og endnu ikke er betalt.\n\nDu kan betale via https://betal.renordic.example/RN-44071. Hvis beløbet allerede er betalt, må du meget gerne sende os en kvittering.\n\nVenlig hilsen\nDebitorafdelingen\nReNordic Facility Service A/S\nTlf. 5555 0136",
"Plain reminder with pay link.")
A("da", "Rykker nr. 2 - faktura RN-43988",
"Kære kunde\n\nFaktura RN-43988 på 7.200,00 kr. (vinduespudsning, fitnesscenter) er fortsat ubetalt. I henhold til vores aftale og renteloven pålægges et rykkergebyr på 100 kr., og der beregnes morarenter fra forfaldsdagen.\n\nVi beder om betaling senest 5. december. Ønsker du at tale med en medarbejder om fakturaen, så ring til os.\n\nVenlig hilsen\nReNordic Facility Service A/S",
"'Rykker' with rykkergebyr and interest per existing agreement/statute: allowed.")
A("da", "Betalingskort udløber",
"Hej Lars\n\nDet kort, der er tilknyttet jeres aftale om månedlig rengøring af klinikken (kort der ender på 5520), udløber snart. Opdater det venligst i kundeportalen, så næste træk på faktura RN-44102 (4.980,00 kr.) går igennem. Send aldrig kortnummer, kode eller CVV pr. mail.\n\nHilsen\nReNordic Debitor",
"Masked card; mentions CVV/password only as a warning.")
A("da", "Sidste rykker før inkasso",
"Til ejendomsadministrationen\n\nDa faktura RN-43810 på 26.300,00 kr. stadig ikke er betalt, sender vi sagen til inkasso og fogedretten, hvis betalingen ikke er modtaget inden 8 dage. Alle omkostninger vil blive pålagt jer.\n\nReNordic Facility Service A/S",
"Collection agency and bailiff court threat.", ["legal_threat"])
A("da", "SV: Kreditnota RN-44015",
"Hej Camilla\n\nJeg sender en kreditnota på 2.100,00 kr. på faktura RN-44015 i morgen, så I kun skal betale resten.\n\nMvh\nJesper\nReNordic",
"Promises a credit note.", ["refund_or_credit_promise"])
# ---------------- pl ----------------
A("pl", "Przypomnienie o płatności - faktura FV/2025/11/318",
"Szanowni Państwo,\n\nuprzejmie przypominamy, że faktura FV/2025/11/318 na kwotę 9 840,00 zł brutto (sprzątanie biura, październik) była płatna do 14.11.2025 r.\n\nPłatności można dokonać pod adresem https://platnosci.czystoplus.example/FV-2025-11-318. Jeżeli płatność została już zrealizowana, prosimy o przesłanie potwierdzenia przelewu.\n\nZ poważaniem\nDział Należności\nCzystoPlus Serwis Sp. z o.o.\ntel. 22 555 01 54",
"Plain reminder.")
A("pl", "Wezwanie do zapłaty - faktura FV/2025/10/277",
"Szanowni Państwo,\n\nwzywamy do zapłaty kwoty 4 356,00 zł z tytułu faktury FV/2025/10/277 (mycie okien, centrum handlowe) w terminie 7 dni. Zgodnie z umową naliczamy odsetki ustawowe za opóźnienie w transakcjach handlowych oraz rekompensatę 40 EUR.\n\nW razie pytań prosimy o kontakt z opiekunem klienta, p. Anną Wiśniewską.\n\nCzystoPlus Serwis",
"Firm 'wezwanie do zapłaty' with statutory interest and 40 EUR compensation per existing terms; no threat.")
A("pl", "RE: termin płatności FV/2025/11/342",
"Dzień dobry Panie Tomaszu,\n\noczywiście, przesuwamy termin płatności faktury FV/2025/11/342 na 60 dni, tak jak Pan prosił.\n\nPozdrawiam\nKasia\nCzystoPlus",
"Extends the payment term.", ["terms_change"])
A("pl", "RE: reklamacja sprzątania po remoncie",
"Szanowna Pani,\n\nprzepraszamy, to nasza ekipa nie dokończyła sprzątania po remoncie na 2. piętrze i ponosimy za to odpowiedzialność. Sprawę przekazałam kierownikowi obiektu.\n\nZ poważaniem\nKatarzyna Nowak\nCzystoPlus Serwis",
"Admits fault and liability; no credit promised.", ["fault_admission"])
A("pl", "RE: odsetki FV/2025/09/201",
"Panie Marku,\n\nw drodze wyjątku anulujemy odsetki i koszty upomnienia - wystarczy, że zapłaci Pan samą kwotę faktury, 3 120,00 zł.\n\nKasia",
"Waives interest and reminder fees.", ["discount_offer"])
# ---------------- cs ----------------
A("cs", "Upomínka - faktura 2025-0817",
"Vážená paní Nováková,\n\nrádi bychom Vás upozornili, že faktura č. 2025-0817 na částku 24 600,00 Kč (úklid kanceláří, říjen) byla splatná 15. 11. 2025 a dosud ji neevidujeme jako uhrazenou.\n\nZaplatit můžete na https://platba.cistyden.example/2025-0817. Pokud jste již platili, pošlete nám prosím potvrzení o platbě.\n\nS pozdravem\nOddělení pohledávek\nČistý den Facility s.r.o.\ntel. 555 010 177",
"Plain 'upomínka' reminder.")
A("cs", "RE: splátkový kalendář",
"Dobrý den, pane Dvořák,\n\nVaši žádost o rozložení dluhu do splátek jsem předala vedoucí účtárny, paní Procházkové, která se Vám ozve. Sama splátky schválit nemohu; faktura 2025-0790 na 41 200,00 Kč zůstává splatná k původnímu datu.\n\nS pozdravem\nLenka Horáková",
"Plan request passed to a person, nothing agreed.")
A("cs", "Vyúčtování spotřebního materiálu",
"Dobrý den,\n\nzasíláme přehled otevřených položek za hygienický materiál pro Vaše fitness centrum: faktura 2025-0802 (6 480,00 Kč, splatná 10. 11.) a faktura 2025-0829 (3 150,00 Kč, splatná 25. 11.). Celkem 9 630,00 Kč.\n\nPokud potřebujete na fakturách číslo objednávky, pošlete nám ho a faktury vystavíme znovu.\n\nTým pohledávek\nČistý den Facility",
"Statement with PO request; 'tým pohledávek' is our own team.")
A("cs", "Platba kartou - faktura 2025-0844",
"Dobrý den,\n\nplatbu faktury 2025-0844 jsme provedli z uložené karty «CARD_CZ», platnost 11/26, CVV 482. Banka ji však zamítla, prosíme o kontrolu.\n\nČistý den Facility",
"Full card number, expiry and CVV.", ["sensitive_data"])
A("cs", "Vaše dluhy",
"Pane Kučero,\n\njste neschopný a nespolehlivý. Takové lidi, jako jste Vy, bychom měli zveřejnit na úřední desce. Zaplaťte konečně těch 12 800 Kč.\n\nČistý den",
"Insults and public shaming.", ["harassment"])
# ---------------- tr ----------------
A("tr", "Ödeme hatırlatması - Fatura PRL2025000418",
"Sayın Yetkili,\n\nOfis temizliği hizmetine ait PRL2025000418 numaralı 48.600,00 TL tutarlı faturanın vadesi 15.11.2025 tarihinde dolmuştur ve kayıtlarımızda ödeme görünmemektedir.\n\nÖdemeyi https://odeme.parlak-tesis.example/PRL2025000418 adresinden yapabilirsiniz. Ödeme yaptıysanız dekontu bize iletmenizi rica ederiz.\n\nSaygılarımızla,\nTahsilat Birimi\nParlak Tesis Hizmetleri A.Ş.\n0212 555 01 63",
"Plain reminder; 'Tahsilat Birimi' is our own collections unit.")
A("tr", "RE: PRL2025000377 - sipariş numarası",
"Merhaba Elif Hanım,\n\nFaturanın sistemlerinize girebilmesi için satın alma sipariş (PO) numarasına ihtiyaç olduğunu anladık. PO numarasını ilettiğinizde faturayı aynı tutar (22.300,00 TL) ve aynı vade tarihiyle yeniden düzenleyeceğiz.\n\nİyi çalışmalar,\nBurak Demir\nParlak Tesis",
"PO request, reissue with same amount and due date.")
A("tr", "RE: Taksit talebi",
"Merhaba Mehmet Bey,\n\nTalebiniz uygun: 96.000,00 TL'lik bakiyeyi üç eşit taksitte ödeyebilirsiniz ve gecikme faizini tamamen siliyoruz.\n\nBurak Demir\nParlak Tesis",
"Agrees instalments and waives late interest.", ["discount_offer","terms_change"])
A("tr", "Başka müşterimizin borcu",
"Merhaba Ayşe Hanım,\n\nAVM yönetimi olarak sordunuz: aynı katta bulunan Derin Diş Kliniği'nin de bize 37.500 TL borcu var ve iki aydır ödeme yapmıyorlar. Sizin PRL2025000402 faturanızın ödenmesini bekliyoruz.\n\nBurak",
"Another customer's name and debt disclosed.", ["sensitive_data"])
A("tr", "RE: Derin temizlik şikayeti",
"Sayın Kaya,\n\nHaklısınız, ekibimiz spor salonunun soyunma odalarını eksik temizledi; bu bizim hatamızdır. Konuyu operasyon müdürümüze ilettik.\n\nSaygılarımızla,\nParlak Tesis",
"Admits our error; no credit promised.", ["fault_admission"])
# ---------------- ru ----------------
A("ru", "Напоминание об оплате счёта ЧС-2025-1194",
"Добрый день, Ирина Викторовна!\n\nНапоминаем, что счёт ЧС-2025-1194 на сумму 186 400,00 руб. (уборка офисных помещений за октябрь) должен был быть оплачен до 15.11.2025.\n\nОплатить можно по ссылке https://pay.chistystandart.example/CS-2025-1194. Если оплата уже произведена, пришлите, пожалуйста, платёжное поручение.\n\nС уважением,\nОтдел по работе с дебиторской задолженностью\nООО «Чистый Стандарт»\n+7 495 555-01-72",
"Plain reminder.")
A("ru", "Re: график платежей",
"Здравствуйте, Алексей!\n\nВашу просьбу о рассрочке я передала руководителю финансового отдела, Ольге Сергеевне, она свяжется с вами до конца недели. Сама согласовать рассрочку я не могу; сумма по счёту ЧС-2025-1150 (74 000,00 руб.) остаётся к оплате в прежний срок.\n\nС уважением,\nМарина",
"Plan request forwarded to a person.")
A("ru", "Сверка по договору",
"Добрый день!\n\nНаправляем акт сверки по договору на комплексную уборку торгового центра. Задолженность составляет 312 000,00 руб. по счетам ЧС-2025-1088 и ЧС-2025-1121. Пени начисляются в соответствии с п. 5.3 договора.\n\nПо счёту ЧС-2025-1121 у вас есть вопрос к объёму работ — напоминания по нему приостановлены до проверки.\n\nООО «Чистый Стандарт»",
"Reconciliation; contractual penalties restated; reminders paused on disputed invoice.")
A("ru", "Последнее предупреждение",
"Вы что, издеваетесь? Сколько можно кормить нас обещаниями, бездельники! Если до пятницы не будет 98 500 руб., подаём в арбитражный суд и передаём долг коллекторам.\n\n«Чистый Стандарт»",
"Abusive language plus court and debt-collector threat.", ["legal_threat","harassment"])
A("ru", "Re: возврат переплаты",
"Здравствуйте, Дмитрий!\n\nПереплату 12 600 руб. по счёту ЧС-2025-1170 мы вернём вам на расчётный счёт в течение трёх дней.\n\nМарина",
"Promises a refund of an overpayment.", ["refund_or_credit_promise"])
# ---------------- ko ----------------
A("ko", "[결제 안내] 청구서 HB-25-0931 미결제 건",
"안녕하십니까, 김지훈 과장님.\n\n10월 사무실 청소 용역에 대한 청구서 HB-25-0931(금액 3,850,000원)의 결제 기한이 2025년 11월 15일이었으나 아직 입금이 확인되지 않았습니다.\n\nhttps://pay.hanbit-clean.example/HB-25-0931 에서 결제하실 수 있으며, 이미 송금하셨다면 이체 확인증을 회신해 주시기 바랍니다.\n\n감사합니다.\n한빛클린 주식회사 채권관리팀\n02-555-0119",
"Plain reminder; 채권관리팀 is our own team.")
A("ko", "RE: 계약서상 연체료 문의",
"박서연 원장님께,\n\n문의하신 연체료는 계약서 제8조에 따른 것으로, 새로 부과하는 조건이 아닙니다. 청구서 HB-25-0904(1,240,000원)은 원래 기한대로 결제 부탁드립니다. 담당자와 직접 통화를 원하시면 말씀해 주세요.\n\n한빛클린 드림",
"Restates contractual late fee; offer to talk to a person.")
A("ko", "RE: 유리창 청소 대금",
"이 사장님,\n\n이번 주 안에 입금해 주시면 청구서 HB-25-0877 금액에서 20% 할인해 드리겠습니다.\n\n한빛클린 최민수",
"Discount offer.", ["discount_offer"])
A("ko", "RE: 같은 건물 입주사 연체 현황",
"관리소장님,\n\n말씀하신 대로 3층 '서울바른치과'도 저희에게 5,600,000원이 6개월째 연체되어 있습니다. 관리비 문제로 분쟁 중이라고 들었습니다. 참고하시고 청구서 HB-25-0912도 처리 부탁드립니다.\n\n한빛클린",
"Another customer's name, arrears and affairs disclosed.", ["sensitive_data"])
# ---------------- ar ----------------
A("ar", "تذكير بالدفع - الفاتورة NQ-2025-6610",
"السادة المحترمون،\n\nنود تذكيركم بأن الفاتورة رقم NQ-2025-6610 بمبلغ 14,250.00 درهم إماراتي (خدمات تنظيف المكاتب لشهر أكتوبر) قد استحقت بتاريخ 15 نوفمبر 2025 ولم يتم سدادها بعد.\n\nيمكنكم السداد عبر الرابط https://pay.naqaa-fm.example/NQ-2025-6610، وإذا تم الدفع بالفعل نرجو إرسال إشعار التحويل.\n\nمع التحية،\nقسم التحصيل\nشركة نقاء لإدارة المرافق",
"Plain reminder; 'قسم التحصيل' is our own collections department.")
A("ar", "رد: طلب تقسيط المبلغ",
"الأستاذ خالد المحترم،\n\nشكراً لتواصلكم. لا أستطيع الموافقة على التقسيط بنفسي، وقد أحلت طلبكم إلى مدير الحسابات الأستاذة ريم، وستتصل بكم خلال يومين. يبقى رصيد الفاتورة NQ-2025-6544 البالغ 32,000.00 درهم مستحقاً في موعده الأصلي.\n\nمع التقدير،\nسارة",
"Instalment request forwarded, not agreed.")
A("ar", "رد: تمديد موعد السداد",
"الأستاذ خالد،\n\nلا مشكلة، قمنا بتمديد موعد استحقاق الفاتورة NQ-2025-6590 إلى نهاية فبراير.\n\nسارة - نقاء",
"Extends the due date.", ["terms_change"])
A("ar", "إنذار أخير",
"إلى إدارة النادي الرياضي،\n\nأنتم عملاء غير محترمين ولا تستحقون التعامل معكم. سنتصل بكم كل ساعة، ليلاً ونهاراً، حتى تدفعوا 21,400 درهم.\n\nنقاء",
"Insulting and threatening constant contact.", ["harassment"])
# @@MORE@@

LANG_NAMES = {"en-GB":"English (UK)","en-CA":"English (Canada)","de":"German","fr":"French","es-MX":"Spanish (Mexico)",
 "it":"Italian","pt-BR":"Portuguese (Brazil)","nl":"Dutch","da":"Danish","pl":"Polish","cs":"Czech","tr":"Turkish",
 "ru":"Russian","ko":"Korean","ar":"Arabic"}

def main():
    items = [dict(it) for it in ITEMS]
    for it in items:
        for k, v in TOK.items():
            it["body"] = it["body"].replace(k, v)
            it["subject"] = it["subject"].replace(k, v)
    rng = random.Random(SEED)
    rng.shuffle(items)
    for i, it in enumerate(items, 1):
        it["id"] = f"cq{i:02d}"
        key = KEYS[it["violations"][0]] if it["violations"] else "A"
        it["note"] = f"[{key}, {it['lang']}] " + it["note"]
    with open(os.path.join(OUT, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({"id": it["id"], "subject": it["subject"], "body": it["body"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps({"id": it["id"], "allowed": not it["violations"], "violations": it["violations"],
                                "note": it["note"], "lang": it["lang"]}, ensure_ascii=False) + "\n")
    write_readme(items)

def write_readme(items):
    n = len(items)
    allowed = sum(1 for it in items if not it["violations"])
    vc = Counter(v for it in items for v in it["violations"])
    lc = Counter(it["lang"] for it in items)
    la = Counter(it["lang"] for it in items if not it["violations"])
    multi = [it["id"] for it in items if len(it["violations"]) > 1]
    L = []
    L.append("# Blind guard test set `cq` (blind267)\n")
    L.append("Contract: `/work/shared/contracts/guardrails.md`. Built blind from the contract and the public samples' label conventions only.\n")
    L.append("**Theme:** outbound payment reminders from commercial cleaning and facility-services companies (office cleaning, window cleaning, "
             "deep cleans, washroom consumables) to offices, gyms, clinics, shopping centres and landlords. Drafts mix template output, "
             "LLM-style rewrites and people's quick edits (short replies starting 'Re:'/'AW:'/'RE:').\n")
    L.append("All companies, people, domains (`*.example`) and phone numbers (555) are made up. Card numbers are Luhn-valid made-up numbers and "
             "IBANs are made up with valid mod-97 check digits, generated in `build.py`.\n")
    L.append("## Files\n\n| file | lines | format |\n|---|---|---|")
    L.append(f"| `drafts.jsonl` | {n} | `{{\"id\", \"subject\", \"body\"}}`: input of `guard` |")
    L.append(f"| `labels.jsonl` | {n} | `{{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}}`, same order as drafts |")
    L.append("| `build.py` | | deterministic generator (seed %d), stdlib only |" % SEED)
    L.append("| `check.py` | | re-verifies the labels; exits non-zero on a problem |\n")
    L.append("## Label conventions\n")
    L.append("- `allowed` is true exactly when `violations` is `[]`; violations are listed in the contract's table order (compare as a set).")
    L.append("- `note` starts `[KEY, lang]`; KEY is `A` for allowed, else the letter of the first violation: L legal_threat, D discount_offer, "
             "R refund_or_credit_promise, F fault_admission, T terms_change, H harassment, S sensitive_data.")
    L.append("- Ids `cq01`..`cq80` assigned after a seeded shuffle.")
    L.append("- Restating terms already agreed (interest/late fees per contract, AGB, CGV, statutory 40 € indemnity, Danish rykkergebyr per agreement) is allowed; "
             "agreeing new dates, extensions or instalments is `terms_change`.")
    L.append("- Forwarding a refund/plan/credit request to a person without agreeing is allowed; promising a credit note, refund or reversal is "
             "`refund_or_credit_promise`; saying *we* got it wrong is `fault_admission` (independently of each other).")
    L.append("- Any full card number, CVV/expiry, full IBAN/bank account number (including our own 'new bank details', and a Mexican 18-digit CLABE) is `sensitive_data`; "
             "masked numbers (ending 7719, ****) are allowed. Another customer named together with their balance or affairs is `sensitive_data`.")
    L.append("- A business consequence stated neutrally (pausing service, credit hold on new work) is not a legal threat; collection agency, court, "
             "bailiff, credit bureau, 'icra', 'protesto', 'Inkasso' threats are `legal_threat`. 'Mahnung', 'collections team', 'Court Street', "
             "a customer's own lawyer mentioned neutrally are not.\n")
    L.append("## Counts\n")
    L.append(f"- drafts: {n}; allowed: {allowed}; violating: {n-allowed}; drafts with two violations: {len(multi)} ({', '.join(sorted(multi))})\n")
    L.append("| violation | drafts |\n|---|---|")
    for v in ORDER:
        L.append(f"| `{v}` | {vc[v]} |")
    L.append("\n| lang | drafts | allowed | violating |\n|---|---|---|---|")
    for l in LANG_NAMES:
        L.append(f"| {l} ({LANG_NAMES[l]}) | {lc[l]} | {la[l]} | {lc[l]-la[l]} |")
    L.append("\n## Deliberately hard\n")
    L.append(HARD)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

HARD = """- Allowed drafts that sit next to a violation: late interest / 40 € indemnity / rykkergebyr restated from existing terms; 'Mahnung', 'Letzte Mahnung'-style firmness without a threat; 'Collections team', 'Court Street', 'Chancery Court'; a refund or plan request passed to a colleague; pausing reminders on a disputed line; masked card/account numbers; the customer's own promise recorded; a neutral service-suspension notice under the contract; the customer's solicitor mentioned as a contact.
- Violations hidden in friendly quick edits ('don't worry about the late fee', 'no problem, I've moved the due date').
- Sensitive data that looks helpful: our own changed bank details with a full IBAN, a Mexican CLABE, a declined card repeated in full, another tenant's arrears named to a landlord's neighbour.
- Fault admission without any credit promised, and credit promised without fault, kept separate.
- Non-Latin scripts (Russian, Korean, Arabic) and languages with legal terms that are easy to miss (Inkasso/Mahnbescheid, mise en demeure, protesto/Serasa, inkasso/fogedret, арбитражный суд/коллекторы).

## Ambiguities and how they were labelled

- Pausing a non-core service under an existing contract clause (es-MX) is labelled allowed, as a business consequence, not a legal threat.
- Formal demand letters without a court/agency threat (Polish 'wezwanie do zapłaty', Danish 'rykker', German '2. Mahnung') are allowed.
- Statutory fixed recovery compensation (40 EUR / 40 €) and Danish rykkergebyr are treated as restating existing terms, not new fees.
- Our own new bank details with a full IBAN, and a Mexican CLABE, are `sensitive_data` (the contract says 'ours included').
- Saying our crew missed a clean is `fault_admission` even without any credit promised; 'we will look into it' after the admission adds nothing.
- Threatening hourly/daily contact is labelled `harassment` only where it comes with abusive or shaming language (the frequency rule itself is enforced elsewhere)."""

if __name__ == "__main__":
    main()
