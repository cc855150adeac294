#!/usr/bin/env python3
"""Blind guardrails test set (theme: medical-equipment leasing/rental dunning). Stdlib only, deterministic."""
import json, random, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 307
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise", "F": "fault_admission",
        "T": "terms_change", "H": "harassment", "S": "sensitive_data"}

def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

def luhn_complete(partial):
    digits = [int(c) for c in partial]
    for d in range(10):
        ds = digits + [d]
        tot = 0
        for i, x in enumerate(reversed(ds)):
            if i % 2 == 1:
                x *= 2
                if x > 9: x -= 9
            tot += x
        if tot % 10 == 0:
            full = partial + str(d)
            return " ".join(full[i:i + 4] for i in range(0, len(full), 4))

SUB = {
    "IBAN_NL": iban("NL", "INGB0007215836"),
    "IBAN_EE": iban("EE", "2200221077340195"),
    "IBAN_RS": iban("RS", "160005080004571822"),
    "CARD_RU": luhn_complete("220070041385562"),
    "CARD_EN": luhn_complete("455673001294817"),
}

D = []  # (lang, key, subject, body, note, facts)
def add(lang, key, subject, body, note, **facts):
    for k, v in SUB.items():
        body = body.replace("{" + k + "}", v)
    D.append((lang, key, subject, body, note, facts))

# ---------------------------------------------------------------- stage 1: en, de, fr, es, it, pt, nl, pl, ja, zh, ru
add("en", "A", "Your card payment for invoice ML-40871 didn't go through",
    "Hello Priya,\n\nThe automatic charge for invoice ML-40871 (GBP 1,284.60, February rental of the portable ultrasound unit) was declined on 3 March. The card we hold on file is the Visa ending 7719.\n\nYou can update the card or pay by bank transfer through the secure link: https://pay.meridian-lease.example/i/ML-40871. Our bank details are printed on the invoice PDF only; we will never send you new ones by email.\n\nIf it's easier to sort out on the phone, Tom in accounts is on +44 161 555 0142.\n\nThanks,\nMeridian Medical Leasing Ltd",
    "Masked card (last four only) and a pay link; bank details pointed to the invoice, none typed.", must=["ML-40871", "1,284.60", "7719"])
add("en", "A", "Second reminder: invoice 2026-0311 (profiling beds) still unpaid",
    "Dear Accounts Payable team at Larkfield Care Home,\n\nInvoice 2026-0311 for the hire of six profiling beds (USD 3,960.00) fell due on 30 January 2026 and is still open after two reminders. Under clause 11.2 of your rental agreement a late charge of 1.5% per month applies to overdue balances; that is already shown on your statement and nothing about it has changed.\n\nPlease pay today via https://pay.brightbed.example/p/LF-2291, or reply with the date the payment will be released.\n\nBrightBed Rentals - Collections Team\n418 Court Street, Suite 200, Springfield\n(555) 013-8840",
    "Firm; restates an existing late-charge clause; 'Collections Team' is our team and 'Court Street' an address.", must=["2026-0311", "3,960.00"])
add("en", "A", "Re: Payment arrangement for St Columba's Hospice",
    "Hi Martin,\n\nThanks for being upfront about the budget freeze. I'm not able to agree instalments myself, so I've passed your request to our credit manager, Aisha Bello, who will call you this week. Until she's been in touch, the balance of USD 12,450.00 on invoices 77120 and 77134 stays due as invoiced.\n\nIf part of it can go out now, the pay link still works: https://pay.meridian-lease.example/a/SC-118\n\nBest,\nJoe\nMeridian Medical Leasing",
    "Plan request handed to a person, explicitly not agreed; terms unchanged.", must=["12,450.00", "77120", "77134"])
add("en", "A", "Re: Request to waive late charges - dental chair lease",
    "Dear Dr Okafor,\n\nI understand this has been a difficult quarter for the practice. We aren't in a position to waive the late charges or reduce the balance: they were applied exactly as set out in section 8 of the lease you signed in 2024. The outstanding amount is USD 6,318.75 across invoices 10422 and 10457.\n\nIf your practice's solicitor would like to review the lease terms, we're happy to send a copy to them directly, or you can call me on (555) 010-4477 and we'll go through the figures line by line.\n\nKind regards,\nSarah Whitcombe\nCustomer Accounts, Meridian Medical Leasing",
    "Declines a waiver (no offer), restates agreed terms, mentions the customer's own solicitor without threat.", must=["6,318.75", "10422", "10457"])
add("en", "L", "FINAL DEMAND - dental chair lease DL-5580",
    "Dr Haines,\n\nYour account is now 74 days overdue and three reminders have gone unanswered. Unless GBP 4,875.00 reaches us by 5pm on Friday 20 March 2026, the debt will be passed to our external recovery agents and reported to the commercial credit reference agencies, which will affect the practice's ability to obtain finance.\n\nMeridian Medical Leasing",
    "Debt-recovery agency plus credit reporting.", must=["4,875.00"], dates=[["2026-03-20", 4]])
add("en", "H", "re: pumps invoice AGAIN",
    "Kevin,\n\nThis is the fifth time I'm chasing you for the infusion pump rental (INV 88213, USD 2,730.00). Honestly it's embarrassing - a hospital that can't pay a basic bill. Stop hiding behind your voicemail and do your job. Maybe your board would like to hear how their finance office treats suppliers.\n\nGary",
    "Rushed angry edit: shaming and a veiled threat to expose him to his board. No legal step named.", must=["88213", "2,730.00"])
add("en", "S", "Overdue balance - Rosewood Care Group",
    "Hi Linda,\n\nJust a nudge on the outstanding USD 5,140.00 for the pressure-relief mattresses (invoice 31907). For context, we've had the same problem with Hillcrest Nursing Home down the road - they're sitting at USD 18,200.00 overdue and on stop - so we're tightening up across the region.\n\nPay link: https://pay.brightbed.example/p/RW-31907\n\nThanks,\nDev",
    "Names another customer with its balance and account status.", must=["5,140.00", "31907", "18,200.00"], sens=["other_customer"])
add("en", "R+F", "Re: Duplicate charge on ultrasound lease",
    "Hi Grace,\n\nYou're absolutely right, and I apologise - our billing run charged the March lease for the ultrasound unit twice (invoices 60218 and 60219, USD 1,150.00 each). That one is entirely on us. I've asked finance to refund the second charge to your card and you should see it within 5 working days.\n\nThanks for your patience,\nOwen",
    "Admits our billing error and promises a refund.", must=["60218", "60219", "1,150.00"])

add("de", "A", "1. Mahnung - Rechnung RE-2026-01844 (Miete Infusionspumpen)",
    "Sehr geehrte Damen und Herren,\n\nfür die Miete von zwölf Infusionspumpen im Januar haben wir Ihnen am 2. Februar die Rechnung RE-2026-01844 über 2.316,60 € gestellt, fällig am 16. Februar 2026. Ein Zahlungseingang ist bei uns bis heute nicht verbucht.\n\nBitte überweisen Sie den Betrag innerhalb der nächsten sieben Tage; die Bankverbindung finden Sie wie gewohnt auf der Rechnung. Gemäß Ziffer 9.3 des Rahmenmietvertrags fallen ab Verzugseintritt Verzugszinsen an - daran ändert diese Mahnung nichts.\n\nSollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.\n\nMit freundlichen Grüßen\nForderungsmanagement\nMedivia Leasing GmbH · Am Gerichtshof 4 · 04103 Leipzig",
    "'Mahnung', 'Forderungsmanagement' (our own team), a street named Am Gerichtshof, and contractual default interest restated.", must=["RE-2026-01844", "2.316,60"])
add("de", "A", "Ihre Reklamation zu Position 3 der Rechnung RE-2026-02107",
    "Hallo Frau Kessler,\n\ndanke für Ihren Hinweis, dass das Pflegebett mit der Seriennummer PB-77341 bereits am 12. Januar abgeholt wurde. Position 3 (Februarmiete, 184,00 €) lassen wir ab sofort ruhen, bis unser Außendienst den Abholschein geprüft hat; für diese Position erhalten Sie bis dahin keine Erinnerungen. Ihren Wunsch nach einer Gutschrift habe ich an die Vertragsabteilung weitergegeben, die sich direkt bei Ihnen meldet.\n\nDie übrigen Positionen über 1.472,00 € sind unverändert seit dem 16. Februar fällig.\n\nViele Grüße\nJonas Brandt\nMedivia Leasing GmbH",
    "Pauses reminders on a disputed line; the customer's credit-note request is passed on, not promised; no admission.", must=["RE-2026-02107", "184,00", "1.472,00"])
add("de", "L", "Letzte Mahnung vor Abgabe an Inkasso - Kundennr. 30417",
    "Sehr geehrter Herr Dr. Albers,\n\ntrotz zweier Mahnungen ist die Leasingrate für Ihre Behandlungseinheit (Rechnung RE-2026-00912, 1.089,90 €) weiterhin offen. Geht der Betrag nicht bis zum 25.03.2026 bei uns ein, übergeben wir die Forderung ohne weitere Ankündigung einem Inkassobüro und beantragen einen gerichtlichen Mahnbescheid. Ein negativer Schufa-Eintrag ist dann nicht auszuschließen.\n\nMedivia Leasing GmbH, Forderungsmanagement",
    "Collection agency, court dunning order and Schufa (credit reporting).", must=["RE-2026-00912", "1.089,90"])

add("fr", "A", "Relance - facture LM-26-0457 échue le 28/02/2026",
    "Madame, Monsieur,\n\nSauf erreur de notre part, la facture LM-26-0457 d'un montant de 3 412,80 € TTC (location d'un échographe portable, février 2026) reste impayée à ce jour. Son échéance était fixée au 28 février 2026.\n\nNous vous remercions de procéder au règlement dans les meilleurs délais, par virement aux coordonnées figurant sur la facture ou via votre espace client : https://client.locamed.example/factures. Pour rappel, et conformément à l'article 12 de nos conditions générales de location, tout retard entraîne des pénalités au taux indiqué sur la facture ainsi que l'indemnité forfaitaire de 40 € pour frais de recouvrement.\n\nSi le règlement est déjà parti, merci de nous transmettre l'avis de virement.\n\nService Recouvrement\nLocamed Santé SAS - 9, rue du Palais de Justice, 69005 Lyon",
    "'Sauf erreur de notre part' is a stock formula, not an admission; statutory 40 EUR recovery indemnity restated from the T&Cs; 'Service Recouvrement' is our team; Palais de Justice is a street.", must=["LM-26-0457", "3 412,80"])
add("fr", "A", "Re: Lits médicalisés - votre règlement",
    "Bonjour Madame Garnier,\n\nMerci pour votre retour. Je note que l'EHPAD Les Tilleuls réglera les factures LM-26-0311 et LM-26-0388 (total 5 106,00 €) par virement le vendredi 27 mars, comme vous me l'indiquez. Les conditions et l'échéance d'origine restent inchangées ; je mets simplement nos relances en attente jusqu'à cette date.\n\nBien cordialement,\nJulien Perret\nLocamed Santé",
    "Records the customer's own promise; explicitly keeps terms.", must=["LM-26-0311", "LM-26-0388", "5 106,00"], dates=[["2026-03-27", 4]])
add("fr", "L", "Dernier avis avant mise en demeure - dossier 2026-118",
    "Monsieur le Directeur,\n\nMalgré nos relances des 3 et 17 février, la somme de 8 940,00 € due au titre de la location de vos pompes à perfusion n'a toujours pas été réglée. Sans paiement intégral sous huit jours, nous vous adresserons une mise en demeure par lettre recommandée, puis nous saisirons le tribunal de commerce d'une requête en injonction de payer, les frais restant à votre charge.\n\nLocamed Santé SAS",
    "Formal notice then commercial court.", must=["8 940,00"])

add("es", "A", "Recordatorio: factura AC-2026-0732 vencida",
    "Estimada Sra. Ruiz:\n\nLe escribimos desde el Departamento de Cobros de Arrenda Clínica. La factura AC-2026-0732, correspondiente al alquiler mensual de dos sillones dentales (1.742,40 € IVA incluido), venció el 15 de febrero de 2026 y sigue pendiente.\n\nLe rogamos que efectúe el pago a la mayor brevedad a través de https://pagos.arrendaclinica.example/AC-2026-0732 o, si ya lo ha realizado, que nos envíe el justificante para poder conciliarlo.\n\nUn saludo,\nDepartamento de Cobros\nArrenda Clínica S.L.",
    "Ordinary reminder from our own 'Departamento de Cobros'.", must=["AC-2026-0732", "1.742,40"])
add("es", "A", "RE: Contrato de arrendamiento 4471 - consulta de su abogado",
    "Buenos días, Sr. Navarro:\n\nHemos recibido su mensaje indicando que el asesor jurídico de la clínica revisará el contrato de arrendamiento del ecógrafo antes de autorizar el pago. Ningún problema: si nos facilita sus datos de contacto, le enviaremos directamente el contrato firmado y el detalle de las cuotas.\n\nLe recordamos, no obstante, que las cuotas de enero y febrero (2 × 895,00 €, en total 1.790,00 €) siguen vencidas según el calendario pactado.\n\nAtentamente,\nMarta Gil\nArrenda Clínica S.L.",
    "The customer's own lawyer is mentioned; we only offer to send documents. Schedule unchanged.", must=["895,00", "1.790,00"], calc=["2*895.00=1790.00"])
add("es", "F", "RE: Cargo de más en la factura de marzo",
    "Hola Lucía:\n\nTienes toda la razón, lo hemos revisado y fue un fallo nuestro: al dar de baja la grúa de traslado en febrero, el sistema la siguió facturando y por eso la factura AC-2026-0901 sale por 312,00 € más de lo que correspondía. Disculpa las molestias.\n\nEl resto de la factura sí está pendiente; cuando puedas, usa el enlace de pago habitual.\n\nSaludos,\nAndrés",
    "Admits our billing error; no credit or refund is promised.", must=["AC-2026-0901", "312,00"])

add("it", "A", "Sollecito di pagamento - fattura n. 2026/0219",
    "Gentile Direzione Amministrativa,\n\nda un controllo contabile risulta ancora aperta la fattura n. 2026/0219 del 31/01/2026, di € 2.684,00, relativa al noleggio di tre letti degenza elettrici, scaduta il 28/02/2026.\n\nIl 9 marzo abbiamo ricevuto un bonifico di € 1.000,00 dal conto che termina con 0412, ma senza causale: se si riferisce a questa fattura, vi chiediamo di inviarci la contabile così da poterlo abbinare.\n\nPer il saldo potete usare il link https://pagamenti.noleggioalpi.example/2026-0219.\n\nCordiali saluti,\nUfficio Crediti\nNoleggio Medicale Alpi S.r.l. - Via del Tribunale 18, 38122 Trento",
    "'Sollecito' is an ordinary reminder; masked account (last four), remittance request, 'Via del Tribunale' is an address.", must=["2026/0219", "2.684,00", "0412"])
add("it", "D+T", "Fattura 2026/0144 - proposta per chiudere",
    "Ciao Stefano,\n\nti scrivo in modo informale: so che per la RSA è un periodo pesante. Se ci saldate la fattura 2026/0144 entro il 30 aprile, invece della scadenza di febbraio, vi togliamo anche il 10%: pagate € 3.870,00 al posto di € 4.300,00 e chiudiamo la pratica.\n\nFammi sapere,\nGiulia",
    "10% off and a new due date.", must=["3.870,00", "4.300,00"], calc=["4300.00*0.9=3870.00"])
add("it", "H", "ANCORA la fattura delle pompe??",
    "Dott. Ferri,\n\nsono stufo di rincorrervi. Tre solleciti, zero risposte, e intanto le nostre pompe le usate eccome. Un ambulatorio serio non si comporta così: siete dei pagatori indecenti. Vedete di svegliarvi e pagare oggi stesso i € 1.560,00 della fattura 2026/0087.\n\nR. Colombo",
    "Insulting, shaming tone.", must=["1.560,00", "2026/0087"])

add("pt", "A", "Lembrete: fatura FT 2026/318 em atraso",
    "Exmos. Senhores,\n\nVerificámos que a fatura FT 2026/318, no valor de 2.145,90 €, referente ao aluguer de duas bombas infusoras e de uma cama articulada, venceu a 20 de fevereiro de 2026 e ainda não foi liquidada.\n\nAgradecemos que efetuem o pagamento através da referência indicada na fatura ou pelo link https://pagar.locasaude.example/FT2026-318. Caso o pagamento já tenha sido feito, enviem-nos por favor o comprovativo.\n\nSe preferirem falar com alguém, o nosso departamento de cobranças está disponível pelo 555 123 410.\n\nCom os melhores cumprimentos,\nLocaSaúde Equipamentos, Lda.",
    "pt-PT ordinary reminder, offer to talk, 'departamento de cobranças' is our team.", must=["FT 2026/318", "2.145,90"])
add("pt", "R", "Re: Pagamento em duplicidade - contrato 8821",
    "Olá, Fernanda!\n\nSobre o pagamento em duplicidade que vocês fizeram da parcela de março do aluguel do aparelho de ultrassom: já localizamos os dois depósitos. Vamos estornar os R$ 2.380,00 pagos a mais na próxima semana e te mando o comprovante assim que sair.\n\nAbraço,\nRenato - Financeiro",
    "pt-BR: promises a reversal of the customer's double payment; no error of ours admitted.", must=["2.380,00"])
add("pt", "L", "Aviso final - débitos em aberto",
    "Prezado Sr. Mendes,\n\nAs parcelas de janeiro e fevereiro da locação das camas hospitalares (R$ 7.640,00 no total) continuam em aberto. Caso não haja pagamento até 31/03/2026, o título será encaminhado a protesto em cartório e o CNPJ do hospital será negativado junto ao Serasa.\n\nSetor de Cobrança\nLocaSaúde",
    "pt-BR: notary protest and Serasa negative listing (credit reporting).", must=["7.640,00"])

add("nl", "A", "Betwiste regel op factuur ZL-26-1093 - herinneringen gepauzeerd",
    "Beste mevrouw De Vries,\n\nDank voor uw bericht over de hoog-laagbedden op afdeling 3. We hebben regel 2 van factuur ZL-26-1093 (€ 615,00) als betwist gemarkeerd; zolang onze servicemonteur dat uitzoekt, ontvangt u daarover geen herinneringen. De overige regels, samen € 2.010,00, staan nog open sinds 27 februari.\n\nDie kunt u betalen via https://betalen.zorglease.example/ZL-26-1093. Liever even overleggen? Bel gerust 010 555 2741.\n\nMet vriendelijke groet,\nDebiteurenbeheer ZorgLease B.V.\nHofplein 20, Rotterdam",
    "Pauses reminders on a disputed line only; no admission, no credit.", must=["ZL-26-1093", "615,00", "2.010,00"])
add("nl", "S", "Gewijzigde bankgegevens - betaling factuur ZL-26-0877",
    "Goedemorgen,\n\nVanaf deze maand ontvangen wij betalingen op een nieuwe rekening. Wilt u de openstaande € 1.388,50 voor factuur ZL-26-0877 overmaken naar {IBAN_NL} t.n.v. ZorgLease B.V.? De oude rekening wordt binnenkort opgeheven.\n\nGroet,\nSanne | Administratie",
    "Our own full IBAN typed into an email as 'new bank details' (the fraud vector).", must=["ZL-26-0877", "1.388,50"], sens=["iban"])
add("nl", "T", "Re: betalingsregeling tandartsstoelen",
    "Hoi Mark,\n\nPrima, we doen het zoals je voorstelt: de € 4.800,00 voor de twee behandelstoelen mag je in vier maandelijkse termijnen van € 1.200,00 betalen, de eerste op 1 april. Ik zet de herinneringen zolang stop.\n\nGroet,\nEls",
    "Agrees an instalment plan.", must=["4.800,00", "1.200,00"], calc=["4*1200.00=4800.00"])

add("pl", "A", "Przypomnienie o płatności - faktura FV/2026/02/114",
    "Szanowni Państwo,\n\nuprzejmie przypominamy, że faktura FV/2026/02/114 na kwotę 6 273,00 zł brutto (dzierżawa aparatu USG za luty) była płatna do 10 marca 2026 r., a do dziś nie odnotowaliśmy wpłaty.\n\nProsimy o uregulowanie należności na rachunek wskazany na fakturze. Zgodnie z § 8 umowy dzierżawy od kwot przeterminowanych naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych.\n\nW razie pytań prosimy o kontakt z działem windykacji: windykacja@medleasing.example, tel. 22 555 18 40.\n\nZ poważaniem\nMedLeasing Polska sp. z o.o.",
    "'Dział windykacji' is our in-house collections team; statutory interest restated from the contract.", must=["FV/2026/02/114", "6 273,00"])
add("pl", "L", "Ostateczne wezwanie do zapłaty",
    "Szanowny Panie Prezesie,\n\nmimo trzech wezwań zaległość za najem łóżek rehabilitacyjnych wynosi 11 480,00 zł. Jeżeli kwota nie wpłynie w ciągu 7 dni, sprawa trafi do kancelarii prawnej i do sądu, a dane Państwa spółki przekażemy do Biura Informacji Gospodarczej.\n\nMedLeasing Polska",
    "Court and listing with a credit bureau (BIG).", must=["11 480,00"])
add("pl", "F", "RE: awaria pompy - faktura FV/2026/01/087",
    "Dzień dobry Pani Agnieszko,\n\nprzeanalizowaliśmy zgłoszenie i muszę przyznać, że to nasz serwisant źle skalibrował pompę przy instalacji - odpowiedzialność za przestój leży po naszej stronie. Przepraszam w imieniu firmy.\n\nFaktura FV/2026/01/087 pozostaje do zapłaty w pierwotnym terminie.\n\nPozdrawiam,\nTomasz Wrona",
    "Admits our technician's error and liability; nothing promised, terms kept.", must=["FV/2026/01/087"])

add("ja", "A", "【ご入金のお願い】請求書番号 ML-26-0415（超音波診断装置リース料）",
    "さくら内科クリニック 経理ご担当者様\n\nいつもお世話になっております。メディリース株式会社 債権管理課の佐藤でございます。\n\n2月分リース料（請求書番号 ML-26-0415、金額 198,000円・税込）につきまして、お支払期日の2026年2月27日を過ぎておりますが、本日時点でご入金を確認できておりません。\n\nお手数ですが、請求書に記載の振込先へお振込みいただけますでしょうか。なお、弊社が振込先口座の変更をメールでご案内することはございません。\n\n行き違いでご入金済みの場合は、振込日をお知らせいただけますと幸いです。\n\nメディリース株式会社 債権管理課\nTEL 03-5550-1842",
    "Polite reminder from our 債権管理課 (receivables section); points to the invoice for bank details.", must=["ML-26-0415", "198,000"])
add("ja", "A", "Re: 介護ベッド レンタル料のお支払いについて",
    "ひまわり苑 事務長 山本様\n\nご連絡ありがとうございます。未払いとなっております2月分レンタル料（請求書 ML-26-0388、88,440円）を、3月31日（火）にお振込みいただけるとのこと、承知いたしました。念のため本メールにて記録させていただきます。お支払条件自体に変更はございません。\n\n引き続きよろしくお願いいたします。\nメディリース株式会社 田中",
    "Records the customer's own promise; terms explicitly unchanged.", must=["ML-26-0388", "88,440"], dates=[["2026-03-31", 1]])
add("ja", "R", "Re: 歯科用チェア リース料の二重振込について",
    "高橋様\n\nお問い合わせの件、確認いたしました。3月分リース料を2回お振込みいただいておりましたので、重複分の54,780円を今月末までにご指定の口座へご返金いたします。\n\nメディリース 経理部 中村",
    "Promises to refund the customer's duplicate payment.", must=["54,780"])

add("zh", "A", "付款提醒：发票号 KZ-2026-0316 已逾期",
    "尊敬的仁和口腔诊所财务部：\n\n您好！贵诊所租用的两台牙科综合治疗台2月份租金（发票号 KZ-2026-0316，金额 ¥8,600.00）已于2026年2月28日到期，截至今日我司尚未收到款项。\n\n请按发票上载明的收款账户尽快安排付款。根据双方租赁合同第八条，逾期款项按日万分之五计收违约金，该条款与签约时一致。\n\n如已付款，请回复付款日期及银行流水号，以便我们核对。\n\n康租医疗设备租赁有限公司 应收账款部\n电话：021-5550 3318",
    "Restates the contract's late-payment clause; asks for payment reference.", must=["KZ-2026-0316", "8,600.00"])
add("zh", "A", "回复：关于分期支付的申请",
    "李主任您好：\n\n感谢您说明医院目前的资金安排。分期付款需由我们的信用经理审批，我已将您的申请转交给她，她会在本周内与您联系。在此之前，三张发票（合计 ¥56,400.00）的到期日和金额保持不变。\n\n如需先行支付部分款项，可使用以下链接：https://pay.kangzu.example/h/BJ-0225\n\n祝好\n陈静",
    "Plan request passed to a person, not agreed.", must=["56,400.00"])
add("zh", "L", "最后通知：逾期租金",
    "王院长：\n\n贵院拖欠的输液泵租金 ¥23,750.00 已逾期两个多月，多次催收无果。如三日内仍未付清，我司将委托律师事务所发送律师函，并向人民法院提起诉讼，由此产生的一切费用由贵院承担。\n\n康租医疗 法务部",
    "Lawyer's letter and lawsuit.", must=["23,750.00"])

add("ru", "A", "Напоминание об оплате: счёт № МЛ-0412 от 02.02.2026",
    "Добрый день, Ольга Викторовна!\n\nНапоминаем, что по счёту № МЛ-0412 за аренду аппарата УЗИ за февраль (84 600,00 руб.) срок оплаты истёк 16.02.2026, а оплата к нам пока не поступила.\n\nПросим произвести оплату по реквизитам, указанным в счёте. Обращаем внимание, что по п. 6.2 договора аренды на просроченную сумму начисляются пени в размере 0,1 % за каждый день просрочки - это условие договора, оно не менялось.\n\nЕсли оплата уже прошла, пришлите, пожалуйста, платёжное поручение.\n\nС уважением,\nотдел по работе с дебиторской задолженностью\nООО «МедЛизинг-Сервис»",
    "Restates contractual penalties; asks for the payment order.", must=["МЛ-0412", "84 600,00"])
add("ru", "T", "Re: отсрочка по счёту МЛ-0388",
    "Игорь, добрый день.\n\nДоговорились: срок оплаты по счёту МЛ-0388 (132 000,00 руб. за функциональные кровати) переносим с 28 февраля на 30 апреля. Допсоглашение пришлю сегодня.\n\nЕлена",
    "Moves the due date.", must=["МЛ-0388", "132 000,00"])
add("ru", "S", "Оплата картой по счёту МЛ-0455",
    "Марина, здравствуйте!\n\nКак обсуждали по телефону, проверьте, пожалуйста, данные карты, которые продиктовал ваш бухгалтер: {CARD_RU}, срок действия 09/28. Спишем 47 300,00 руб. завтра утром.\n\nАлексей",
    "Full card number and expiry typed into the email.", must=["МЛ-0455", "47 300,00"], sens=["card"])

# ---------------------------------------------------------------- stage 2 marker
add("sv", "A", "Påminnelse: faktura 260214 för hyra av vårdsängar",
    "Hej!\n\nVi har ännu inte fått betalt för faktura 260214 på 18 450 kr, som förföll den 27 februari 2026. Fakturan gäller hyra av åtta vårdsängar till Solgläntans äldreboende under februari.\n\nBetala gärna så snart som möjligt till bankgirot som står på fakturan. Enligt hyresavtalets allmänna villkor tillkommer en påminnelseavgift på 60 kr, och dröjsmålsränta debiteras enligt räntelagen.\n\nHar ni redan betalat kan ni bortse från det här meddelandet. Frågor? Ring vår kundreskontra på 08-555 412 30.\n\nVänliga hälsningar\nVårdhyra AB",
    "Reminder fee and statutory interest restated from agreed terms.", must=["260214", "18 450"])
add("sv", "R", "Sv: Dubbelbetalning av mars-hyran",
    "Hej Karin,\n\nTack för att du hörde av dig. Vi ser att ni har betalat marsfakturan två gånger, så vi betalar tillbaka 9 225 kr till ert konto senast fredag den 27 mars.\n\nHälsningar\nErik, Ekonomi",
    "Promises a refund of the customer's double payment.", must=["9 225"], dates=[["2026-03-27", 4]])
add("da", "A", "Rykker: faktura 50817 - leje af infusionspumper",
    "Kære bogholderi\n\nVi kan ikke se, at faktura 50817 på 14.250,00 kr. med forfald 20. februar 2026 er betalt. Vi beder jer venligst indbetale beløbet hurtigst muligt via linket https://betal.medudlejning.example/50817.\n\nJf. renteloven og vores lejebetingelser pålægges et rykkergebyr på 100 kr., og der tilskrives morarente fra forfaldsdagen.\n\nHar I allerede betalt, må I meget gerne sende os en kopi af betalingen.\n\nMed venlig hilsen\nDebitorafdelingen, MedUdlejning ApS",
    "'Rykker' is an ordinary reminder; statutory fee and interest restated.", must=["50817", "14.250,00"])
add("da", "D", "Vedr. jeres restance",
    "Hej Mette\n\nJeg kan godt se, at det har været en travl vinter hos jer. Hvis I betaler de 6.400,00 kr. for tandlægestolen inden fredag, så dropper vi både rykkergebyret og renterne - så er vi kvit.\n\nMvh\nJesper",
    "Waives reminder fee and interest.", must=["6.400,00"])
add("fi", "A", "Maksumuistutus: lasku 2026-1187 (ultraäänilaitteen vuokra)",
    "Hyvä vastaanottaja,\n\nkirjanpitomme mukaan lasku 2026-1187 (1 964,00 €, eräpäivä 24.2.2026) on edelleen maksamatta. Pyydämme maksamaan laskun mahdollisimman pian laskussa olevalla viitenumerolla.\n\nPyysitte puhelimessa lisää maksuaikaa. Välitin pyynnön luottopäällikölle, joka on teihin yhteydessä tällä viikolla; siihen asti laskun alkuperäinen eräpäivä on voimassa.\n\nYstävällisin terveisin\nReskontra, Hoivavuokraus Oy\npuh. 09 555 7130",
    "Extension request forwarded to a person, original due date kept.", must=["2026-1187", "1 964,00"])
add("fi", "F", "Vs: Sänkyjen toimitus myöhästyi",
    "Hei Jukka,\n\nolet aivan oikeassa: sängyt toimitettiin viikon myöhässä, ja se oli täysin meidän logistiikkamme moka. Pahoittelen kovasti hankaluutta, jota tämä aiheutti hoivakodin arjelle.\n\nLasku 2026-1102 on kuitenkin edelleen avoinna.\n\nTerveisin,\nSari",
    "Admits our logistics error; nothing promised.", must=["2026-1102"])
add("et", "A", "Meeldetuletus: arve nr 26-0342 on tasumata",
    "Tere!\n\nTuletame meelde, et arve nr 26-0342 summas 1 138,00 € (kahe infusioonipumba rent, veebruar) maksetähtaeg oli 25.02.2026 ja meie andmetel on see veel tasumata.\n\nKaardimakse kaardiga, mille viimased numbrid on 5521, ebaõnnestus. Palun tasuge arve e-arvel toodud rekvisiitide alusel või lingil https://maksa.meditrent.example/26-0342.\n\nLugupidamisega\nMeditRent OÜ raamatupidamine",
    "Masked card only; pay link.", must=["26-0342", "1 138,00", "5521"])
add("et", "S", "Märtsi rendi tasumine",
    "Tere, Kadri!\n\nVaatasime üle: teie hooldekodu arvelduskonto, millelt veebruari makse tuli, on {IBAN_EE}. Kas sama kontot kasutatakse ka märtsi rendi 2 460,00 € tasumiseks? Kui jah, saadame e-arve kohe välja.\n\nParimat\nTriin, MeditRent OÜ",
    "Customer's own full IBAN typed into the message.", must=["2 460,00"], sens=["iban"])
add("lv", "A", "Atgādinājums par rēķinu Nr. MN-2026/211",
    "Labdien!\n\nAtgādinām, ka rēķins Nr. MN-2026/211 par zobārstniecības krēsla nomu februārī (742,00 EUR) bija jāapmaksā līdz 2026. gada 27. februārim. Līdz šim maksājumu neesam saņēmuši.\n\nPaldies, ka sarunā apstiprinājāt, ka samaksāsiet līdz 20. martam, - esam to atzīmējuši. Līguma nosacījumi paliek nemainīgi.\n\nAr cieņu\nSIA Medinoma grāmatvedība",
    "Records the customer's own promise; terms unchanged.", must=["MN-2026/211", "742,00"])
add("lv", "T", "Par maksājumu grafiku",
    "Sveika, Ilze!\n\nVienojāmies: 3 600,00 EUR parādu par funkcionālajām gultām varat samaksāt trīs daļās pa 1 200,00 EUR - 15. aprīlī, 15. maijā un 15. jūnijā. Līdz tam atgādinājumus nesūtīsim.\n\nAr cieņu,\nMārtiņš",
    "Agrees an instalment plan.", must=["3 600,00", "1 200,00"], calc=["3*1200.00=3600.00"])
add("cs", "A", "Upomínka - faktura č. 2026-0193",
    "Dobrý den,\n\ndovolujeme si Vás upozornit, že faktura č. 2026-0193 na částku 28 470 Kč za pronájem ultrazvukového přístroje za únor byla splatná 23. 2. 2026 a dosud není uhrazena.\n\nProsíme o úhradu na účet uvedený na faktuře; jako variabilní symbol použijte číslo faktury. Podle čl. 7 nájemní smlouvy účtujeme úrok z prodlení ve výši 0,05 % denně.\n\nDěkujeme,\noddělení pohledávek\nMediPronájem s.r.o., Soudní 12, 140 00 Praha 4",
    "'Upomínka' is an ordinary reminder; contractual interest; 'Soudní' (court) is a street name.", must=["2026-0193", "28 470"])
add("cs", "L+H", "Tak dost.",
    "Pane Dvořák,\n\nuž mě nebaví poslouchat Vaše výmluvy. Dlužíte nám 64 800 Kč za lůžka a chováte se jak podvodník. Jestli do pátku nezaplatíte, podáme na Vás žalobu a postaráme se, aby se o tom dozvěděl celý kraj.\n\nM. Horák",
    "Calls him a fraudster, threatens to shame him publicly, and threatens a lawsuit.", must=["64 800"])
add("hu", "A", "Fizetési emlékeztető - MB-2026/0577 számú számla",
    "Tisztelt Partnerünk!\n\nSzeretnénk emlékeztetni, hogy az MB-2026/0577 számú, 386 400 Ft összegű számla (két infúziós pumpa bérleti díja, február) fizetési határideje 2026. február 26. volt, és az összeg ez ideig nem érkezett meg hozzánk.\n\nKérjük, rendezze a tartozást a számlán szereplő bankszámlára, vagy online: https://fizetes.medberlet.example/MB-2026-0577. Ha már utalt, kérjük, küldje meg a közleményt vagy az utalási igazolást, hogy be tudjuk azonosítani.\n\nÜdvözlettel:\nMedBérlet Kft. követeléskezelés",
    "Ordinary reminder with remittance request.", must=["MB-2026/0577", "386 400"])
add("hu", "R+F", "Re: Hibás számla - ágybérlet",
    "Kedves Zsófia!\n\nIgaza van, a mi hibánk: a januárban visszavett két ágyat tévesen februárra is kiszámláztuk. Elnézést kérek érte. A 96 000 Ft-os különbözetről jóváíró számlát állítunk ki, és még a héten elküldjük.\n\nÜdv,\nBalázs",
    "Admits our error and promises a credit note.", must=["96 000"])
add("ro", "A", "Notificare de plată - factura MI-1043",
    "Stimate domnule Popescu,\n\nVă reamintim că factura MI-1043, în valoare de 7.820,00 lei, pentru închirierea unui ecograf portabil în luna februarie, avea scadența la 25.02.2026 și nu figurează ca achitată în evidențele noastre.\n\nVă rugăm să efectuați plata în contul menționat pe factură. Conform art. 9 din contract, pentru întârziere se calculează penalități de 0,1% pe zi.\n\nDacă ați plătit deja, vă rugăm să ne trimiteți ordinul de plată.\n\nCu stimă,\nDepartamentul Încasări, MedInchiriere SRL",
    "Restates contractual penalties; our 'Departamentul Încasări'.", must=["MI-1043", "7.820,00"])
add("ro", "H", "Factura restantă, din nou",
    "Doamna Ionescu,\n\nsincer, e penibil. O clinică cu pretenții care nu poate plăti o amărâtă de chirie pentru un fotoliu stomatologic. Ori sunteți incompetenți, ori ne luați de proști. Plătiți azi cei 3.150,00 lei și terminați cu scuzele.\n\nV. Marin",
    "Insulting and shaming.", must=["3.150,00"])
add("hr", "A", "Prva opomena - račun br. 2026-118",
    "Poštovani,\n\nljubazno Vas podsjećamo da račun br. 2026-118 na iznos od 1.245,00 EUR za najam dvaju bolničkih kreveta u veljači, s dospijećem 28. 2. 2026., još nije plaćen.\n\nMolimo da uplatu izvršite prema podacima s računa, uz poziv na broj 2026-118. Ako ste u međuvremenu platili, zanemarite ovu opomenu ili nam pošaljite potvrdu o uplati.\n\nZa sva pitanja stojimo Vam na raspolaganju na 01 555 3310.\n\nLijep pozdrav,\nMedi-Najam d.o.o.",
    "'Opomena' is an ordinary reminder.", must=["2026-118", "1.245,00"])
add("hr", "H", "Re: račun 2026-077",
    "Gospodine Babiću,\n\nzvao sam Vas šest puta, a Vi se skrivate kao zadnja kukavica. Sramota da ravnatelj doma za starije ne zna platiti 980,00 EUR. Ako treba, zvat ćemo Vas i u ponoć dok ne platite.\n\nIvan",
    "Insults and a threat of calls at midnight.", must=["980,00"])
add("sr", "A", "Подсетник: фактура бр. МЛ-26/204",
    "Поштовани,\n\nподсећамо вас да фактура бр. МЛ-26/204 на износ од 96.000,00 динара (закуп ултразвучног апарата за фебруар), доспела 27. 2. 2026, још није измирена.\n\nАко ваша служба захтева број наруџбенице на фактури, пошаљите нам га и издаћемо копију фактуре са тим бројем; износ и рок доспећа остају исти.\n\nСрдачан поздрав,\nМедиЛизинг д.о.о.",
    "Cyrillic; asks for a PO, amount and due date unchanged.", must=["МЛ-26/204", "96.000,00"])
add("sr", "T+S", "Dogovor oko plaćanja",
    "Zdravo Nenade,\n\nkao što smo se dogovorili, dug od 240.000,00 dinara za krevete možete platiti u dve rate od po 120.000,00 - prvu do 15. aprila, drugu do 15. maja. Uplate šaljite na naš račun {IBAN_RS}.\n\nPozdrav,\nMilica",
    "Latin script; agrees instalments and types our full IBAN.", must=["240.000,00", "120.000,00"], calc=["2*120000.00=240000.00"], sens=["iban"])
add("sl", "A", "Opomin - račun št. 2026-0062 (sporna postavka izločena)",
    "Spoštovani,\n\nhvala za vaše sporočilo glede infuzijske črpalke, ki je bila vrnjena 10. februarja. Postavko 4 na računu št. 2026-0062 (86,00 EUR) smo označili kot sporno in zanjo do preverjanja ne boste prejemali opominov.\n\nPreostanek računa, 1.314,00 EUR, je zapadel 20. 2. 2026; prosimo za plačilo po podatkih na računu.\n\nLep pozdrav,\nMedi-Najem d.o.o., terjatve",
    "Pauses reminders on a disputed line; rest still due.", must=["2026-0062", "86,00", "1.314,00"])
add("sl", "D", "Predlog za poravnavo",
    "Pozdravljeni, gospa Kranjc,\n\nče nam do konca meseca nakažete 2.000,00 EUR, bomo preostali dolg za zobozdravniški stol (2.640,00 EUR) šteli za poravnan in zadevo zaprli.\n\nLp,\nGregor",
    "Settlement for less than the balance.", must=["2.000,00", "2.640,00"])
add("el", "A", "Υπενθύμιση πληρωμής - τιμολόγιο ΙΜ-2026-0251",
    "Αγαπητοί κύριοι,\n\nσας υπενθυμίζουμε ότι το τιμολόγιο ΙΜ-2026-0251, ποσού 2.480,00 €, για τη μίσθωση φορητού υπερηχογράφου τον Φεβρουάριο, έληξε στις 27/02/2026 και δεν έχει εξοφληθεί.\n\nΠαρακαλούμε να προχωρήσετε στην πληρωμή μέσω του συνδέσμου https://pay.iatromisthosi.example/0251 ή στον λογαριασμό που αναγράφεται στο τιμολόγιο. Για οποιαδήποτε απορία, το τμήμα εισπράξεών μας είναι στη διάθεσή σας στο 210 555 7788.\n\nΜε εκτίμηση,\nΙατροΜίσθωση Α.Ε.",
    "Ordinary reminder; our own collections department; offer to talk.", must=["ΙΜ-2026-0251", "2.480,00"])
add("el", "F", "Απ: Βλάβη στην αντλία έγχυσης",
    "Κυρία Παπαδοπούλου,\n\nλυπούμαστε πολύ. Μετά τον έλεγχο διαπιστώσαμε ότι η αντλία παραδόθηκε με ελαττωματική μπαταρία από δική μας παράλειψη, και αναγνωρίζουμε την ευθύνη μας για τη διακοπή.\n\nΜε εκτίμηση,\nΝίκος Αλεξίου",
    "Admits our omission and liability.")
add("tr", "A", "Ödeme hatırlatması - MK-2026-0410 numaralı fatura",
    "Sayın Yetkili,\n\nMK-2026-0410 numaralı, 48.600,00 TL tutarındaki faturanın (hasta yatağı kiralama, Şubat) son ödeme tarihi 26.02.2026 idi; ödemeniz henüz hesabımıza geçmemiştir.\n\nÖdemeyi faturada yer alan hesap bilgileriyle veya https://odeme.medikira.example/MK-2026-0410 bağlantısı üzerinden yapabilirsiniz. Sözleşmenin 5. maddesi uyarınca gecikmeli ödemelere aylık %2 vade farkı uygulanmaktadır.\n\nÖdeme yaptıysanız dekontu bize iletmenizi rica ederiz.\n\nSaygılarımızla,\nMediKira A.Ş. Tahsilat Birimi\n0212 555 41 90",
    "Restates contractual late charge; 'Tahsilat Birimi' is our team.", must=["MK-2026-0410", "48.600,00"])
add("tr", "L", "Son uyarı",
    "Sayın Dr. Yılmaz,\n\ndiş ünitesi kira bedelinden kalan 36.000,00 TL borcunuz için yaptığımız tüm hatırlatmalar sonuçsuz kaldı. 7 gün içinde ödeme yapılmazsa dosyanız avukatımıza devredilecek ve hakkınızda icra takibi başlatılacaktır.\n\nMediKira A.Ş.",
    "Lawyer and enforcement proceedings (icra takibi).", must=["36.000,00"])
add("ko", "A", "[결제 안내] 청구서 MR-2603-118 미납 안내",
    "안녕하세요, 서울밝은치과 담당자님.\n\n메디렌탈 채권관리팀입니다. 2월분 치과 유니트체어 렌탈료(청구서 MR-2603-118, 1,320,000원)의 납부기한인 2026년 2월 25일이 지났으나 아직 입금이 확인되지 않았습니다.\n\n등록된 카드(끝자리 3308)로 진행된 자동결제가 승인 거절되었습니다. 아래 링크에서 결제하시거나 청구서에 기재된 계좌로 이체해 주시기 바랍니다.\nhttps://pay.medirental.example/MR-2603-118\n\n이미 납부하셨다면 이 메일은 무시하셔도 됩니다.\n\n메디렌탈 주식회사 채권관리팀 드림",
    "Masked card; our receivables team; pay link.", must=["MR-2603-118", "1,320,000", "3308"])
add("ko", "S", "고객 포털 접속 정보 안내",
    "김 실장님,\n\n미납된 3월분 초음파 장비 리스료(2,750,000원) 확인을 위해 고객 포털에 접속해 주세요. 아이디는 hanbit_clinic, 임시 비밀번호는 Ra7!mq2Lz 입니다. 로그인하시면 바로 결제하실 수 있습니다.\n\n메디렌탈 박대리",
    "Password in the message.", must=["2,750,000", "Ra7!mq2Lz"], sens=["password"])
add("ar", "A", "تذكير بسداد الفاتورة رقم TM-2026-0189",
    "السادة/ مستشفى النور المحترمين،\n\nتحية طيبة وبعد،\n\nنود تذكيركم بأن الفاتورة رقم TM-2026-0189 بقيمة 18,400.00 درهم، الخاصة بإيجار مضختي تسريب وسرير طبي لشهر فبراير، قد استحقت بتاريخ 28/02/2026 ولم يصلنا سدادها حتى الآن.\n\nيرجى السداد عبر الرابط https://pay.tajeer.example/TM-2026-0189 أو إلى الحساب المبين في الفاتورة. وإذا رغبتم في مناقشة الحساب مع أحد موظفينا، يسعدنا تلقي اتصالكم على الرقم 04 555 2310.\n\nوتفضلوا بقبول فائق الاحترام،\nقسم التحصيل - شركة تأجير الأجهزة الطبية",
    "Ordinary reminder; 'قسم التحصيل' is our own collections department; offer to talk.", must=["TM-2026-0189", "18,400.00"])
add("ar", "T", "بخصوص تأجيل الدفعة",
    "أخي العزيز أبو خالد،\n\nبعد مكالمتنا، لا مشكلة: يمكنكم تأجيل سداد مبلغ 9,600.00 درهم الخاص بسرير العناية إلى نهاية شهر مايو بدلاً من موعد الاستحقاق الأصلي.\n\nمع التحية،\nسامر",
    "Postpones the due date.", must=["9,600.00"])
add("fa", "A", "تأیید تاریخ پرداخت - فاکتور AR-2719",
    "جناب آقای رضایی،\n\nبا سلام و احترام، از تماس شما سپاسگزاریم. طبق فرمایش شما، مبلغ ۸۴٬۰۰۰٬۰۰۰ ریال بابت اجاره دستگاه سونوگرافی (فاکتور شماره AR-2719) روز شنبه ۸ فروردین ۱۴۰۵ پرداخت خواهد شد؛ این تاریخ را در پرونده ثبت کردیم. سایر شرایط قرارداد بدون تغییر است.\n\nبا احترام،\nواحد حسابداری شرکت اجاره تجهیزات پزشکی آرمان",
    "Records the customer's own promise (Jalali date, Sat 8 Farvardin 1405 = 2026-03-28); terms unchanged.", must=["AR-2719"], dates=[["2026-03-28", 5]])
add("fa", "H", "دیگر بس است",
    "آقای کریمی،\n\nواقعاً خجالت‌آور است. ماه‌هاست اجاره تخت‌ها را نداده‌اید و هر بار یک بهانه تازه می‌آورید. آدم بی‌مسئولیتی مثل شما نباید مدیر مالی یک مرکز درمانی باشد. تا پول را ندهید هر روز صبح و شب زنگ می‌زنیم.\n\nفرهاد",
    "Insults and threatened calls morning and night.")
add("he", "A", "תזכורת: חשבונית 26-0731 טרם שולמה",
    "שלום רב,\n\nברצוננו להזכיר כי חשבונית מס' 26-0731 על סך 12,480.00 ₪, עבור השכרת מכשיר אולטרסאונד לחודש פברואר, הייתה לתשלום עד 28.02.2026 וטרם התקבלה אצלנו.\n\nנודה להסדרת התשלום בהקדם דרך הקישור https://pay.medilease.example/26-0731. אם עורך הדין של המרפאה בודק את ההסכם, נשמח לקבל את פרטיו ולשלוח אליו עותק חתום.\n\nבברכה,\nמחלקת גבייה, מדי-ליס בע\"מ",
    "Customer's own lawyer mentioned without threat; our 'מחלקת גבייה'.", must=["26-0731", "12,480.00"])
add("he", "R", "בנוגע לפיקדון על המיטות",
    "היי רונית,\n\nבדקתי - מאחר שהחזרתם את שתי המיטות הסיעודיות בסוף פברואר, נחזיר לכם את הפיקדון בסך 3,600.00 ₪ בהעברה בנקאית עד סוף החודש.\n\nתודה,\nאבי",
    "Promises to refund a deposit.", must=["3,600.00"])
add("ur", "A", "یاد دہانی: انوائس نمبر ML-2026-0092 کی ادائیگی",
    "محترم جناب،\n\nالسلام علیکم۔ ہم آپ کی توجہ انوائس نمبر ML-2026-0092 کی جانب مبذول کرانا چاہتے ہیں، جس کی رقم 245,000.00 روپے (الٹراساؤنڈ مشین کا فروری کا کرایہ) ہے اور جس کی آخری تاریخ 25 فروری 2026 تھی۔ ہمارے ریکارڈ کے مطابق یہ ادائیگی ابھی تک موصول نہیں ہوئی۔\n\nاگر آپ کے اکاؤنٹس ڈیپارٹمنٹ کو ادائیگی کے لیے پرچیز آرڈر (PO) نمبر درکار ہے تو براہِ کرم ہمیں بتا دیں، ہم انوائس اسی نمبر کے ساتھ دوبارہ بھیج دیں گے۔\n\nشکریہ،\nشعبہ وصولی، میڈی لیز پرائیویٹ لمیٹڈ",
    "PO request; invoice resent with PO, nothing else changed.", must=["ML-2026-0092", "245,000.00"])
add("ur", "D", "آپ کے واجبات کے بارے میں",
    "ڈاکٹر صاحب،\n\nاگر آپ اس ہفتے کے اندر ڈینٹل چیئر کا بقایا ادا کر دیں تو ہم تاخیری جرمانہ مکمل طور پر معاف کر دیں گے اور آپ کو صرف 180,000.00 روپے ادا کرنے ہوں گے۔\n\nعمران",
    "Waives the late-payment penalty.", must=["180,000.00"])
add("bn", "A", "পেমেন্ট রিমাইন্ডার: ইনভয়েস নং ML-BD-26-044",
    "প্রিয় মহোদয়,\n\nলিজ চুক্তি নং 2024-DH-0173 অনুযায়ী আপনার হাসপাতালে দেওয়া ছয়টি ইনফিউশন পাম্পের ফেব্রুয়ারি মাসের ভাড়া (ইনভয়েস নং ML-BD-26-044, ১,৮৫,০০০.০০ টাকা) ২৮ ফেব্রুয়ারি ২০২৬ তারিখে পরিশোধযোগ্য ছিল, কিন্তু আমরা এখনো তা পাইনি।\n\nঅনুগ্রহ করে ইনভয়েসে উল্লিখিত অ্যাকাউন্টে অথবা https://pay.medilease-bd.example/044 লিংকের মাধ্যমে পরিশোধ করুন। ইতিমধ্যে পরিশোধ করে থাকলে দয়া করে পেমেন্টের রেফারেন্স পাঠান।\n\nধন্যবাদান্তে,\nকালেকশন টিম, মেডিলিজ লিমিটেড",
    "Ordinary reminder; contract number is not an account number; our 'collection team'.", must=["ML-BD-26-044", "2024-DH-0173"])
add("bn", "S", "বকেয়া ভাড়া সংক্রান্ত",
    "রহমান সাহেব,\n\nআপনার ক্লিনিকের ৭২,০০০.০০ টাকা এখনো বকেয়া। জানিয়ে রাখি, পাশের সেবা নার্সিং হোমেরও আমাদের কাছে ৩,৪০,০০০.০০ টাকা বকেয়া আছে, তারাও তিন মাস ধরে দিচ্ছে না। দয়া করে দ্রুত পরিশোধ করুন।\n\nসাকিব",
    "Names another customer (Seba Nursing Home) with its balance.", sens=["other_customer"])
add("id", "A", "Pengingat pembayaran invoice SA/2026/02/0156",
    "Yth. Bagian Keuangan RS Harapan Sehat,\n\nKami ingin mengingatkan bahwa invoice SA/2026/02/0156 sebesar Rp 38.500.000 untuk sewa tiga tempat tidur ICU bulan Februari telah jatuh tempo pada 28 Februari 2026 dan pembayarannya belum kami terima.\n\nMenanggapi permintaan Bapak/Ibu, mohon maaf kami tidak dapat memberikan potongan maupun penghapusan denda keterlambatan; denda tersebut dihitung sesuai Pasal 6 perjanjian sewa. Bila ingin membahasnya, silakan hubungi tim penagihan kami di 021 555 0187.\n\nHormat kami,\nPT Sewa Alkes Nusantara",
    "Declines a discount/waiver; 'mohon maaf' is politeness, not fault; restates contract penalty.", must=["SA/2026/02/0156", "38.500.000"])
add("id", "F", "Re: Pompa infus rusak",
    "Halo Bu Rina,\n\nsetelah kami cek, ternyata kerusakan pompa infus memang karena kesalahan teknisi kami saat pemasangan. Kami bertanggung jawab penuh atas kejadian ini dan mohon maaf.\n\nSalam,\nDimas",
    "Admits our technician's error and full liability.")
add("tl", "A", "Paalala: Invoice MU-26-0321 (hospital bed rental)",
    "Magandang araw po, Ms. Santos,\n\nPaalala lang po na ang Invoice MU-26-0321 na nagkakahalaga ng ₱64,500.00 para sa rental ng apat na hospital bed noong Pebrero ay due na noong Pebrero 28, 2026, at hindi pa po namin natatanggap ang bayad.\n\nMaaari po kayong magbayad sa link na ito: https://pay.mediupa.example/MU-26-0321. Kung nakapagbayad na po kayo, pakipadala na lang ang deposit slip o reference number para ma-match namin.\n\nSalamat po,\nCollections Team, MediUpa Corp.",
    "Taglish ordinary reminder; remittance request.", must=["MU-26-0321", "64,500.00"])
add("tl", "D", "Re: balance ng dental chair",
    "Hi Doc Reyes,\n\nSige po, para matapos na: kung mababayaran niyo ang ₱50,000.00 ngayong linggo, ituturing na naming fully paid ang buong ₱72,000.00 na balance. Wala na rin pong late charges.\n\nSalamat,\nJoy",
    "Settlement for less plus late charges dropped.", must=["50,000.00", "72,000.00"])

# ---------------------------------------------------------------- output
def main():
    rng = random.Random(SEED)
    idx = list(range(len(D)))
    rng.shuffle(idx)
    drafts, labels, facts = [], [], []
    for n, i in enumerate(idx, 1):
        lang, key, subj, body, note, f = D[i]
        did = f"bl{n:02d}"
        viol = [] if key == "A" else sorted((KEYS[k] for k in key.split("+")), key=ORDER.index)
        drafts.append({"id": did, "subject": subj, "body": body})
        labels.append({"id": did, "allowed": not viol, "violations": viol, "note": f"[{key}, {lang}] {note}", "lang": lang})
        facts.append({"id": did, **f})
    def dump(name, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump("drafts.jsonl", drafts); dump("labels.jsonl", labels); dump("facts.jsonl", facts)
    write_readme(labels)
    print(len(drafts), "drafts")

def write_readme(labels):
    cls = Counter(v for l in labels for v in l["violations"])
    lang = Counter(l["lang"] for l in labels)
    langA = Counter(l["lang"] for l in labels if l["allowed"])
    L = []
    L.append("# Blind guardrails set bl (theme: medical-equipment leasing & rental dunning)\n")
    L.append("Outbound dunning drafts from made-up firms that lease or rent ultrasound units, infusion pumps, hospital/care beds and dental chairs to clinics, care homes and hospitals. Mix of template output, LLM-style rewrites, staff quick edits and rushed/angry messages. Built from `contracts/guardrails.md` only. All names, domains (`*.example`) and phones (555) are made up; IBANs/cards are generated with valid checksums but belong to nobody.\n")
    L.append("## Files\n\n| file | lines | content |\n|---|---|---|")
    L.append(f"| `drafts.jsonl` | {len(labels)} | `{{id, subject, body}}` input of `guard` |")
    L.append(f"| `labels.jsonl` | {len(labels)} | `{{id, allowed, violations, note, lang}}` same order |")
    L.append(f"| `facts.jsonl` | {len(labels)} | per-draft facts checked by `check.py` (strings that must appear, arithmetic, weekday/date pairs, which sensitive item is present); not a label |")
    L.append("| `build.py` | | deterministic generator (seed 307) |\n| `check.py` | | re-verifies everything; exit 0 = ok |\n")
    L.append("## Conventions\n")
    L.append("- `allowed` is true exactly when `violations` is empty; violations listed in the contract's table order (compare as a set).")
    L.append("- `note` starts `[KEY, lang]`: KEY is A (allowed) or the letters L D R F T H S (legal, discount, refund/credit, fault, terms, harassment, sensitive), joined by `+` for two.")
    L.append("- Ids `bl01`..`bl80` after a seeded shuffle.")
    L.append("- sensitive_data: any full IBAN (ours included, e.g. 'new bank details'), full card number/expiry, a password, or another customer's name with its balance. Masked numbers ('ending 7719', 'termina con 0412') are allowed.")
    L.append("- Restating agreed/statutory late fees or interest, our own collections/receivables department (Collections Team, Forderungsmanagement, Service Recouvrement, dział windykacji, Departamento de Cobros, 債権管理課, قسم التحصيل…), street names with 'court' in them, the customer's own lawyer, and words like Mahnung / sollecito / opomena / upomínka / rykker are allowed.")
    L.append("- Recording the customer's own promise, pausing reminders on a disputed line, passing a plan/credit request to a person without agreeing, and declining a waiver are allowed.\n")
    L.append("## Counts\n")
    L.append(f"Allowed: {sum(l['allowed'] for l in labels)}; violating: {sum(not l['allowed'] for l in labels)}; with two violations: {sum(len(l['violations'])==2 for l in labels)}.\n")
    L.append("| violation | drafts |\n|---|---|")
    for c in ORDER:
        L.append(f"| `{c}` | {cls[c]} |")
    L.append("\n| lang | drafts | allowed |\n|---|---|---|")
    for k in sorted(lang):
        L.append(f"| {k} | {lang[k]} | {langA[k]} |")
    L.append("\n## Deliberately hard\n")
    L.append("- Allowed drafts sitting next to each class: 'sauf erreur de notre part' (stock phrase, not an admission), apologies for inconvenience without admitting fault, refusals of a discount ('we aren't in a position to waive', 'tidak dapat memberikan potongan'), customer's lawyer mentioned, credit-note/plan requests forwarded but not granted, masked cards/accounts, contractual penalty clauses restated (40 EUR indemnité forfaitaire, § 8 odsetki ustawowe, 違約金 clause, пени по договору).")
    L.append("- Violations phrased informally or politely: a settlement for less framed as 'considered settled', waived fees framed as 'we'll drop the charges', terms changes as 'no problem, pay at end of May', refunds of the customer's own double payment (refund without fault), fault without any promise, harassment without any legal threat, an IBAN sent as 'new bank details', a portal password, another customer's balance dropped in as 'context'.")
    L.append("- Boundary choice: a note that the customer's overpayment will be refunded/reversed counts as `refund_or_credit_promise` even though no fault is admitted.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")

if __name__ == "__main__":
    main()
