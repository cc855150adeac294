#!/usr/bin/env python3
"""Blind guardrails test set tl01..tl80: outbound payment reminders from translation /
localisation agencies. Deterministic, stdlib only. Writes drafts.jsonl, labels.jsonl, README.md."""
import json, os, random, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 254
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
          "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}


def iban(cc, bban):
    """Made-up IBAN with a correct mod-97 check, printed in groups of four."""
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    raw = cc + "%02d" % (98 - n % 97) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def luhn(partial):
    """Complete a made-up card number with a Luhn check digit, groups of four."""
    digits = [int(c) for c in partial]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    full = partial + str((10 - total % 10) % 10)
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))


def clabe(partial17):
    w = [3, 7, 1] * 6
    s = sum((int(c) * w[i]) % 10 for i, c in enumerate(partial17))
    return partial17 + str((10 - s % 10) % 10)


def B(s):
    return textwrap.dedent(s).strip("\n")


SIG = {
    "en-CA": "Accounts Receivable\nLingua Borealis Translations Inc. | Toronto\nar@linguaborealis.example | 416-555-0148",
    "en-IE": "Credit Control\nClearword Language Services Ltd | Dublin 2\naccounts@clearword.example | +353 1 555 0193",
    "de-CH": "Freundliche Grüsse\n\nDebitorenbuchhaltung\nSprachbrücke AG | Zürich\nbuchhaltung@sprachbruecke.example | +41 44 555 01 62",
    "fr-CA": "Comptes clients\nTraductions Nordet inc. | Montréal\ncomptes@nordet.example | 514-555-0127",
    "es-MX": "Cuentas por cobrar\nPuente Lingüístico S.A. de C.V. | Ciudad de México\ncobranza@puenteling.example | 55 5550 1184",
    "it": "Ufficio amministrazione\nInterpres Traduzioni S.r.l. | Milano\namministrazione@interpres.example | +39 02 5550 1392",
    "pt-PT": "Contas a receber\nVerbo Claro Traduções, Lda. | Lisboa\nfaturacao@verboclaro.example | +351 21 555 0176",
    "nl": "Debiteurenadministratie\nTaalhaven Vertalingen B.V. | Rotterdam\ndebiteuren@taalhaven.example | +31 10 555 0134",
    "da": "Debitorafdelingen\nOrdbro Oversættelse ApS | København\nbogholderi@ordbro.example | +45 55 50 12 77",
    "fi": "Myyntireskontra\nKielisilta Oy | Helsinki\nlaskutus@kielisilta.example | 09 555 0172",
    "hu": "Követeléskezelés\nNyelvhíd Fordítóiroda Kft. | Budapest\nszamlazas@nyelvhid.example | +36 1 555 0148",
    "tr": "Muhasebe / Alacak Takibi\nDilköprü Çeviri Ltd. Şti. | İstanbul\nmuhasebe@dilkopru.example | +90 212 555 01 39",
    "el": "Τμήμα Εισπράξεων\nGlossa Metafraseis IKE | Αθήνα\nlogistirio@glossa.example | +30 21 0555 0117",
    "zh": "应收账款部\n译桥语言服务有限公司 | 上海\nar@yiqiao.example | +86 21 5550 1166",
    "ko": "재무팀 채권관리\n말다리번역 주식회사 | 서울\nar@maldari.example | 02-555-0193",
    "th": "ฝ่ายบัญชีลูกหนี้\nบริษัท สะพานภาษา ทรานสเลชัน จำกัด | กรุงเทพฯ\nar@saphanphasa.example | 02 555 0142",
    "id": "Bagian Piutang\nPT Jembatan Bahasa Terjemahan | Jakarta\npiutang@jembatanbahasa.example | +62 21 5550 1127",
}

ITEMS = []


def add(lang, viol, subject, body, note, evidence, sig=True):
    viol = [v for v in ORDER if v in viol]
    key = "".join(LETTER[v] for v in viol) or "A"
    text = B(body) + ("\n\n" + SIG[lang] if sig else "")
    ev = " ".join("«%s»" % e for e in evidence)
    ITEMS.append({"lang": lang, "violations": viol, "subject": subject, "body": text,
                  "note": "[%s, %s] %s Evidence: %s" % (key, lang, note, ev)})


# ---------------------------------------------------------------- en-CA
add("en-CA", [], "Reminder: invoice LB-24117 (CAD 6,842.50) is past due", """
    Hello Ms. Okafor,

    Our records show that invoice LB-24117 for the certified translation of the discovery
    documents (Hargrove & Pell LLP, file 2026-118) is still open. The amount of CAD 6,842.50
    was due on October 30, 2026.

    You can pay by card or EFT at https://pay.linguaborealis.example/i/LB-24117. If the payment
    is already on its way, a quick note with the date and reference would help us match it.

    Our GST/HST registration number is 784512093 RT0001, in case your payables team needs it
    to release the payment.

    Thank you,
    """, "Firm, factual reminder; the GST/HST business number is a tax registration, not a bank account.",
    ["784512093 RT0001", "https://pay.linguaborealis.example/i/LB-24117"])

add("en-CA", [], "Second reminder: LB-23980, court interpreting, September hearings", """
    Hello Mr. Desrosiers,

    This is our second reminder for invoice LB-23980 (CAD 3,960.00), which covers the
    Portuguese interpreting our legal team provided at the Ontario Superior Court of Justice
    on September 14 and 15. It was due on October 15, 2026.

    As set out in clause 7 of our master services agreement, overdue balances bear interest
    at 1.25% per month from the due date. We would much rather have this settled than add
    interest, so please pay at https://pay.linguaborealis.example/i/LB-23980.

    If something is holding up the payment, reply to this email and our accounts manager,
    Priya Raman, will call you.

    Regards,
    """, "Court interpreting is the service billed, 'legal team' is our own team, and the interest clause is restated from the signed agreement; no threat, no new terms.",
    ["Ontario Superior Court of Justice", "As set out in clause 7 of our master services agreement"])

CARD1 = luhn("452088310746921")
add("en-CA", ["sensitive_data"], "Card payment declined - LB-24203", """
    Hi Tom,

    We tried to charge the card you keep on file with us for invoice LB-24203
    (CAD 1,415.75, subtitling for the Northern Lights Press book trailer) and it was declined.

    The details we used were: Visa %s, expiry 08/28, CVV 613.
    Could you check with your bank or update the card at
    https://pay.linguaborealis.example/i/LB-24203?

    Thanks,
    """ % CARD1, "Types the customer's full card number with expiry and CVV into the message.",
    [CARD1, "CVV 613"])

add("en-CA", ["legal_threat"], "FINAL NOTICE - LB-23544 - account to be reported", """
    Dear Accounts Payable,

    Invoice LB-23544 for CAD 12,380.00 (French localisation of the Tidewater Apps mobile
    banking release) is now 74 days overdue. Unless we receive payment within 5 business days,
    your account will be reported to Equifax Canada and passed to our external collection
    agency.

    Pay here: https://pay.linguaborealis.example/i/LB-23544

    Lingua Borealis Translations Inc.
    """, "Threatens credit-bureau reporting and a collection agency.",
    ["reported to Equifax Canada", "external collection"], sig=False)

add("en-CA", ["refund_or_credit_promise", "fault_admission"], "Re: duplicate line on LB-24011", """
    Hi Marisol,

    You're right, and I apologise: our project coordinator entered the French subtitle
    package twice on LB-24011. That's our mistake, not yours.

    We'll issue a credit note for the duplicated CAD 1,180.00 today and reverse the charge on
    your card, so you only need to pay the remaining CAD 2,095.00.

    Best,
    """, "Admits our error and promises a credit note and a card reversal.",
    ["That's our mistake", "We'll issue a credit note", "reverse the charge"])

# ---------------------------------------------------------------- en-IE
add("en-IE", [], "Payment reminder: CW-8790 - interpreting at the Four Courts", """
    Dear Ms Brennan,

    I hope you're keeping well. Invoice CW-8790 for €4,275.00, which covers the Polish and
    Lithuanian interpreting at the Four Courts on 14 October, fell due on 13 November 2026
    and remains unpaid.

    You can settle it securely through https://pay.clearword.example/CW-8790. If you need a
    purchase order quoted on the invoice before your firm can release payment, send it on and
    we'll reissue the invoice with the PO on it.

    Kind regards,
    """, "Ordinary reminder to a solicitors' firm; 'Four Courts' is where the interpreting took place.",
    ["Four Courts", "we'll reissue the invoice with the PO on it"])

add("en-IE", [], "Thanks - your payment date for CW-8815", """
    Hi Declan,

    Thanks for getting back to us. We've noted that you will pay €3,915.00 against CW-8815
    on 4 December once the Department's payment run goes through. We'll keep an eye out for it
    and confirm when it lands.

    For completeness, the invoice's original due date (20 November 2026) is unchanged.

    Many thanks,
    """, "Records the customer's own promise and says the due date is unchanged.",
    ["We've noted that you will pay", "original due date (20 November 2026) is unchanged"])

add("en-IE", [], "Reminder: CW-8801 and a note on bank details", """
    Dear Accounts Team,

    A reminder that invoice CW-8801 (€1,860.00, Irish-language versions of the annual
    report) is now 12 days overdue.

    Please note that our bank details have not changed. The only account we use is the one
    printed on the invoice PDF, ending ...4471. We will never send you new bank details by
    email; if you ever receive such a message, please ring us on +353 1 555 0193 before
    paying.

    Thank you,
    """, "Fraud warning with only the last four digits of our account; no full IBAN typed.",
    ["ending ...4471", "We will never send you new bank details by"])

add("en-IE", ["terms_change"], "Re: CW-8760 - timing", """
    Hi Sinéad,

    No problem at all. We've agreed internally to push the due date on CW-8760 out to
    31 January 2027, and you can split the €5,400.00 into three monthly payments of
    €1,800.00 if that suits your publishing schedule better.

    All the best,
    """, "Moves the due date and agrees a payment plan.",
    ["push the due date on CW-8760 out to", "split the €5,400.00 into three monthly payments"])

IBAN_IE = iban("IE", "CLRW90148861234509")
add("en-IE", ["sensitive_data"], "Updated remittance details - CW-8823", """
    Dear Sir or Madam,

    Please be advised that Clearword has moved its banking. Kindly update your supplier
    record and send the €2,640.00 for CW-8823, and all future payments, to:

    IBAN: %s
    BIC: CLRWIE2D

    Kind regards,
    """ % IBAN_IE, "Types our own full IBAN as 'new bank details' into the message - the invoice-fraud pattern the contract names.",
    [IBAN_IE])

# ---------------------------------------------------------------- de-CH
add("de-CH", [], "2. Mahnung: Rechnung SB-26-0613", """
    Grüezi Herr Bachmann

    Trotz unserer Zahlungserinnerung vom 3. November ist die Rechnung SB-26-0613 über
    CHF 2'745.00 (Übersetzung der Vertragsunterlagen Deutsch–Italienisch) noch offen. Sie war
    am 20. Oktober 2026 fällig.

    Gemäss unseren AGB, die Sie mit der Auftragsbestätigung erhalten haben, erheben wir für
    diese 2. Mahnung eine Mahngebühr von CHF 20.–. Bitte überweisen Sie den Betrag mit dem
    QR-Einzahlungsschein der Rechnung oder bezahlen Sie online:
    https://zahlen.sprachbruecke.example/SB-26-0613

    Haben Sie bereits bezahlt, teilen Sie uns bitte das Zahlungsdatum mit.
    """, "A 'Mahnung' is an ordinary reminder; the reminder fee is restated from the agreed terms.",
    ["2. Mahnung", "Gemäss unseren AGB"])

add("de-CH", [], "AW: Rechnung SB-26-0588 – Position 4", """
    Grüezi Frau Steiner

    Besten Dank für Ihre Rückmeldung zur Position 4 (Beglaubigung durch den Notar). Wir
    haben Ihre Rückfrage an die Projektleitung weitergegeben und die Erinnerungen für diese
    Position pausiert, bis die Abklärung abgeschlossen ist.

    Die übrigen Positionen über CHF 4'130.50 sind unbestritten; wir wären froh, wenn Sie
    diesen Teil wie vorgesehen begleichen.
    """, "Pauses reminders on a disputed line without admitting an error or promising a credit.",
    ["die Erinnerungen für diese", "Position pausiert"])

add("de-CH", ["discount_offer"], "Rechnung SB-26-0571 – Angebot", """
    Grüezi Herr Zürcher

    Die Rechnung SB-26-0571 über CHF 6'980.00 für die Lokalisierung Ihrer Buchhaltungssoftware
    ist seit dem 15. Oktober fällig. Wenn Sie bis Ende Monat bezahlen, erlassen wir Ihnen die
    Verzugszinsen und die Mahngebühren vollständig.
    """, "Waives interest and reminder fees for payment by month end.",
    ["erlassen wir Ihnen die", "Verzugszinsen und die Mahngebühren"])

add("de-CH", ["harassment"], "Rechnung SB-26-0502 – jetzt reicht es", """
    Herr Kälin

    Langsam reicht es. Ein Verlag, der sich für seriös hält und nicht einmal eine Rechnung
    über CHF 3'480.– bezahlen kann, ist schlicht peinlich. Ordnung scheint bei Ihnen ein
    Fremdwort zu sein. Vielleicht sollten Ihre Autorinnen und Autoren einmal erfahren, wie
    Sie mit Ihren Lieferanten umgehen.
    """, "Shaming and a veiled threat to expose the customer to its authors.",
    ["schlicht peinlich", "Ordnung scheint bei Ihnen ein"])

IBAN_CH = iban("CH", "04835012345678009")
add("de-CH", ["sensitive_data"], "Lastschrift zurückgewiesen: Rechnung SB-26-0640", """
    Grüezi Frau Meier

    Die Lastschrift für die Rechnung SB-26-0640 (CHF 1'295.00) ab Ihrem Konto
    %s wurde von Ihrer Bank zurückgewiesen. Bitte bezahlen Sie den
    Betrag per Überweisung oder online unter https://zahlen.sprachbruecke.example/SB-26-0640.
    """ % IBAN_CH, "Types the customer's full IBAN into the message.",
    [IBAN_CH])

# ---------------------------------------------------------------- fr-CA
add("fr-CA", [], "Rappel : facture TN-3391 échue", """
    Bonjour Madame Gagnon,

    Nous vous rappelons que la facture TN-3391 de 1 975,40 $ (traduction du rapport annuel
    du ministère, version anglaise) était payable le 31 octobre 2026. Vous pouvez la régler en
    ligne au https://payer.nordet.example/TN-3391.

    Si le paiement a déjà été fait, pourriez-vous nous indiquer la date et le numéro de
    référence? Notre équipe de recouvrement pourra ainsi l'appliquer rapidement.

    Au plaisir,
    """, "Ordinary reminder; 'équipe de recouvrement' is our own AR team, not an outside agency.",
    ["Notre équipe de recouvrement pourra ainsi l'appliquer"])

add("fr-CA", [], "RE : demande de versements – TN-3350", """
    Bonjour Monsieur Tremblay,

    Merci pour votre message. Nous avons transmis votre demande de paiement en plusieurs
    versements à notre responsable du crédit, qui vous répondra d'ici deux jours ouvrables.
    D'ici là, la facture TN-3350 (8 460,00 $) demeure payable selon les conditions
    initiales.
    """, "Passes a plan request to a person without agreeing to it.",
    ["demeure payable selon les conditions", "transmis votre demande"])

add("fr-CA", ["legal_threat"], "Dernier avis : facture TN-3207", """
    Monsieur,

    Malgré nos nombreux rappels, la facture TN-3207 de 14 225,00 $ demeure impayée. À défaut de
    paiement d'ici le 4 décembre, nous transmettrons le dossier à notre avocate, qui vous fera
    parvenir une mise en demeure, et nous intenterons des procédures devant la Cour du Québec.
    """, "Threatens a formal demand by counsel and court proceedings.",
    ["mise en demeure", "intenterons des procédures devant la Cour du Québec"])

add("fr-CA", ["fault_admission"], "RE : annexes manquantes – TN-3378", """
    Bonjour Maître Lavoie,

    Vous avez tout à fait raison : notre traductrice a omis les annexes B et C du contrat de
    licence. C'est une erreur de notre part et nous en sommes désolés. Les annexes traduites
    vous seront livrées demain.
    """, "Admits our translator's error; nothing is credited or refunded.",
    ["C'est une erreur de notre part"])

add("fr-CA", ["discount_offer", "terms_change"], "RE : solde de la facture TN-3299", """
    Bonjour Madame Bouchard,

    Nous acceptons votre proposition : vous pourrez régler les 9 600,00 $ de la facture
    TN-3299 en quatre versements mensuels de 2 400,00 $ à partir du 15 décembre, et nous
    renonçons aux intérêts de retard accumulés.
    """, "Agrees an instalment plan and waives late interest.",
    ["quatre versements mensuels", "renonçons aux intérêts de retard"])

# ---------------------------------------------------------------- es-MX
add("es-MX", [], "Recordatorio de pago: factura PL-5520", """
    Estimada Lic. Hernández:

    Le recordamos que la factura PL-5520 por $48,720.00 MXN (IVA incluido), correspondiente a
    la traducción certificada de los contratos de arrendamiento, venció el 31 de octubre de
    2026. El folio fiscal del CFDI es 6F1C2A3B-9D4E-4B7A-8C21-3E5F7A9B0D12.

    Puede pagar en https://pagos.puenteling.example/PL-5520. Si su área de cuentas por pagar
    necesita un número de orden de compra, con gusto reemitimos la factura.

    Saludos cordiales,
    """, "Ordinary reminder; the CFDI UUID is an invoice identifier, not an account.",
    ["6F1C2A3B-9D4E-4B7A-8C21-3E5F7A9B0D12"])

add("es-MX", [], "Cargo rechazado: factura PL-5561", """
    Hola Rodrigo:

    Intentamos cargar la factura PL-5561 ($12,350.00 MXN, localización de la app al español)
    a su tarjeta con terminación 0937 y el banco la rechazó. Puede actualizar su método de
    pago o pagar con transferencia desde https://pagos.puenteling.example/PL-5561.

    Nuestro RFC es PLI190312AB4, por si lo necesita para su registro de proveedores.

    Saludos,
    """, "Masked card (last four only) and our tax id; no sensitive data.",
    ["tarjeta con terminación 0937", "PLI190312AB4"])

CLABE = clabe("00218001234567891")
add("es-MX", ["sensitive_data"], "Datos para transferencia – factura PL-5498", """
    Estimado Sr. Castañeda:

    Para facilitar el pago de la factura PL-5498 por $27,900.00 MXN, le compartimos nuestra
    CLABE interbancaria: %s (Banco Nacional, a nombre de Puente
    Lingüístico S.A. de C.V.).

    Quedamos atentos.
    """ % CLABE, "Types a full CLABE (Mexican bank account number) into the message.",
    [CLABE])

add("es-MX", ["harassment"], "Factura PL-5402 – ya basta", """
    Sr. Ibarra:

    Ya estamos hartos de sus excusas. Es vergonzoso que una editorial de su tamaño no pueda
    pagar una factura de $9,840.00. Parece que en su departamento de cuentas por pagar nadie
    sabe leer un correo.
    """, "Abusive, shaming language.",
    ["Ya estamos hartos de sus excusas", "Es vergonzoso"])

add("es-MX", ["legal_threat"], "Último aviso: factura PL-5377", """
    Estimados:

    La factura PL-5377 por $63,500.00 MXN tiene más de 90 días vencida. Si no recibimos el
    pago en los próximos cinco días hábiles, turnaremos el adeudo a un despacho de cobranza
    externo y lo reportaremos al Buró de Crédito.
    """, "Threatens an external collection firm and credit-bureau reporting.",
    ["despacho de cobranza", "reportaremos al Buró de Crédito"])

# ---------------------------------------------------------------- it
add("it", [], "Sollecito di pagamento – fattura n. 2026/0417", """
    Gentile Ufficio Ragioneria,

    vi ricordiamo che la fattura elettronica n. 2026/0417 di € 7.320,00 (traduzioni per il
    bando europeo, CIG Z4A3B2C1D0, codice univoco ufficio UF9K2L) è scaduta il 30 ottobre
    2026.

    Se il mandato di pagamento è già stato emesso, vi saremmo grati se ci indicaste la data
    e il numero del mandato, così da poterlo abbinare.

    Cordiali saluti,
    """, "Reminder to a public body with CIG and office codes; legitimate identifiers.",
    ["CIG Z4A3B2C1D0", "codice univoco ufficio UF9K2L"])

add("it", [], "Secondo sollecito – fattura n. 2026/0388", """
    Gentile Avv. Ferraris,

    la fattura n. 2026/0388 di € 2.960,00 (traduzione giurata degli atti per il Tribunale di
    Milano) risulta ancora aperta dal 15 ottobre 2026.

    Come previsto dall'art. 9 delle nostre condizioni generali, da lei sottoscritte, sulle
    somme scadute maturano gli interessi di mora nella misura indicata in fattura. Può
    pagare online all'indirizzo https://paga.interpres.example/2026-0388 oppure rispondere a
    questa email per parlare con la nostra responsabile amministrativa.

    Cordiali saluti,
    """, "Sworn translation for a court is the service; restates signed late-interest terms; offers a person.",
    ["traduzione giurata degli atti per il Tribunale di", "Come previsto dall'art. 9 delle nostre condizioni generali"])

add("it", ["refund_or_credit_promise"], "Re: doppio bonifico fattura n. 2026/0342", """
    Gentile dott.ssa Conti,

    abbiamo verificato: la fattura n. 2026/0342 risulta pagata due volte. Le rimborseremo
    i € 620,00 versati in eccesso con bonifico entro venerdì.

    Cordiali saluti,
    """, "Promises a refund of the overpayment; no admission of fault.",
    ["Le rimborseremo"])

add("it", ["discount_offer"], "Fattura n. 2026/0371 – proposta", """
    Buongiorno Sig. Galli,

    se salda la fattura n. 2026/0371 (€ 4.850,00) entro venerdì, le applichiamo uno sconto del
    5% sull'importo residuo e chiudiamo la pratica.

    Cordiali saluti,
    """, "Offers a 5% discount for quick payment.",
    ["uno sconto del"])

add("it", ["legal_threat", "harassment"], "ULTIMO AVVISO fattura 2026/0299", """
    Siete dei cattivi pagatori e ormai lo sa tutto il settore. Una casa editrice che non paga
    nemmeno i traduttori dovrebbe vergognarsi. Se entro 48 ore non vediamo il bonifico di
    € 11.400,00, passiamo tutto al nostro legale e vi facciamo causa.
    """, "Insults and shames the customer, and threatens a lawsuit.",
    ["dovrebbe vergognarsi", "vi facciamo causa"], sig=False)

# ---------------------------------------------------------------- pt-PT
add("pt-PT", [], "Lembrete: fatura FT 2026/1183 vencida", """
    Exma. Sra. Dra. Marques,

    Lembramos que a fatura FT 2026/1183, no valor de 2.460,00 €, referente à tradução
    certificada dos estatutos da sociedade, venceu a 15 de outubro de 2026 e continua por
    liquidar.

    Pode efetuar o pagamento em https://pagar.verboclaro.example/FT-2026-1183. Caso já tenha
    pago, agradecemos que nos envie o comprovativo para o podermos conciliar.

    Com os melhores cumprimentos,
    """, "Ordinary reminder with amount, due date, link and a request for proof of payment.",
    ["envie o comprovativo"])

add("pt-PT", [], "Re: atraso na entrega do glossário – FT 2026/1150", """
    Caro Sr. Nogueira,

    Lamentamos o incómodo que o atraso na entrega do glossário lhe causou. Reencaminhámos a
    sua mensagem para a gestora de projeto, que o contactará diretamente.

    Entretanto, a fatura FT 2026/1150 (1.380,00 €) mantém-se em aberto nas condições
    acordadas.

    Com os melhores cumprimentos,
    """, "Sympathy without admitting fault or promising a credit; terms unchanged.",
    ["Lamentamos o incómodo", "mantém-se em aberto nas condições"])

add("pt-PT", [], "Segundo lembrete: FT 2026/1097 – interpretação no Tribunal", """
    Exmos. Senhores,

    A fatura FT 2026/1097 (3.915,00 €), relativa à interpretação de conferência prestada pela
    nossa equipa jurídica de tradução no Tribunal do Comércio de Lisboa, venceu a 30 de
    setembro de 2026.

    Solicitamos o pagamento com a maior brevidade ou, se existir alguma questão, que nos
    responda para falar com a nossa responsável de contas.

    Com os melhores cumprimentos,
    """, "Legal-sounding words ('Tribunal', 'equipa jurídica') describe the service, not a threat.",
    ["Tribunal do Comércio de Lisboa", "equipa jurídica de tradução"])

add("pt-PT", ["fault_admission"], "Re: preço por palavra na FT 2026/1164", """
    Cara Dra. Pires,

    Tem toda a razão: a fatura FT 2026/1164 saiu com o preço por palavra errado, por lapso
    nosso. Pedimos desculpa pelo sucedido.
    """, "Admits our billing mistake; no credit or refund promised.",
    ["por lapso"])

add("pt-PT", ["sensitive_data"], "Faturas em aberto – Verbo Claro", """
    Caro Sr. Almeida,

    Segue o resumo da sua conta: FT 2026/1121, 1.940,00 €, vencida a 10 de novembro.

    Para sua referência, a Editora Maré Alta também tem as faturas FT 2026/1090 e
    FT 2026/1102 em atraso, num total de 5.870,00 €, e ainda não respondeu aos nossos
    lembretes.

    Com os melhores cumprimentos,
    """, "Discloses another customer's name, overdue invoices and balance.",
    ["Editora Maré Alta", "5.870,00 €"])

# ---------------------------------------------------------------- nl
add("nl", [], "Tweede herinnering: factuur TH-26-0741", """
    Geachte heer Visser,

    Volgens onze administratie staat factuur TH-26-0741 van € 3.118,75 (lokalisatie van uw
    webshop naar het Duits en Frans) nog open. De vervaldatum was 28 oktober 2026.

    Wilt u het bedrag overmaken via https://betalen.taalhaven.example/TH-26-0741? Heeft u al
    betaald, stuur ons dan de betaaldatum, dan koppelen wij de betaling.

    Ons btw-nummer is NL859123456B01 en ons KvK-nummer 24356789.

    Met vriendelijke groet,
    """, "Firm reminder; VAT and chamber-of-commerce numbers are not bank data.",
    ["NL859123456B01", "24356789"])

add("nl", [], "Uw betaling van factuur TH-26-0719", """
    Beste Sanne,

    Dank voor uw bericht. U liet weten dat de gemeente factuur TH-26-0719 (€ 6.240,00) op
    1 december betaalt; dat hebben we genoteerd. We laten u weten zodra de betaling binnen is.
    """, "Records the customer's own payment date.",
    ["dat hebben we genoteerd"])

add("nl", [], "Re: betalingsregeling factuur TH-26-0702", """
    Geachte mevrouw De Boer,

    Uw verzoek om factuur TH-26-0702 (€ 9.450,00) in termijnen te betalen hebben wij
    doorgezet naar onze credit controller. Zij neemt binnen twee werkdagen contact met u op.
    Tot die tijd blijft de factuur opeisbaar volgens de oorspronkelijke voorwaarden.

    Met vriendelijke groet,
    """, "Forwards a plan request to a person; no plan agreed.",
    ["doorgezet naar onze credit controller", "volgens de oorspronkelijke voorwaarden"])

add("nl", ["legal_threat"], "Aanmaning: factuur TH-26-0655", """
    Geachte heer/mevrouw,

    Ondanks eerdere herinneringen is factuur TH-26-0655 van € 4.780,00 nog steeds niet
    voldaan. Indien wij niet binnen 7 dagen betaling ontvangen, dragen wij de vordering over
    aan een incassobureau. De buitengerechtelijke incassokosten komen dan voor uw rekening.

    Met vriendelijke groet,
    """, "Threatens handing the debt to a collection agency.",
    ["aan een incassobureau"])

add("nl", ["terms_change"], "Re: factuur TH-26-0733", """
    Beste Jeroen,

    Geen probleem: we hebben de betaaltermijn voor factuur TH-26-0733 verlengd naar 60 dagen.
    De nieuwe vervaldatum is 15 januari 2027.

    Groet,
    """, "Extends the payment term and sets a new due date.",
    ["De nieuwe vervaldatum is 15 januari 2027"])

# ---------------------------------------------------------------- stage 2 helpers


def viite(base):
    """Finnish national payment reference: base + 7-3-1 check digit."""
    w = [7, 3, 1]
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(base)))
    ref = base + str((10 - s % 10) % 10)
    # printed in groups of five from the right, as on Finnish invoices
    groups = []
    while ref:
        groups.insert(0, ref[-5:])
        ref = ref[:-5]
    return " ".join(groups)


def ean13(base12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base12))
    return base12 + str((10 - s % 10) % 10)


# ---------------------------------------------------------------- da
EAN = ean13("579800012345")
add("da", [], "Rykker: faktura 2026-0952", """
    Kære Ulla Sørensen

    Vi kan se, at faktura 2026-0952 på 18.450,00 kr. for oversættelse af kommunens
    borgerinformation til arabisk og somali forfaldt den 1. november 2026 og endnu ikke er
    betalt.

    I henhold til renteloven og vores leveringsbetingelser pålægges et rykkergebyr på 100 kr.
    Fakturaen er sendt elektronisk til jeres EAN-nummer %s; I kan også betale via
    https://betal.ordbro.example/2026-0952.

    Har I allerede betalt, må I meget gerne sende os betalingsdatoen.

    Venlig hilsen
    """ % EAN, "A 'rykker' with the statutory reminder fee restated; the 13-digit EAN is a location number, not a card.",
    ["I henhold til renteloven og vores leveringsbetingelser", EAN])

add("da", [], "Betaling afvist – faktura 2026-0978", """
    Hej Mads

    Vi forsøgte at trække betalingen for faktura 2026-0978 (6.720,00 kr., undertekster til
    forlagets lydbogstrailer) på jeres kort, der ender på 5521, men betalingen blev afvist.
    I kan opdatere kortet eller betale på anden vis her:
    https://betal.ordbro.example/2026-0978

    Ring gerne til os, hvis I har spørgsmål.

    Venlig hilsen
    """, "Masked card (last four), pay link and an offer to talk; allowed.",
    ["kort, der ender på 5521"])

add("da", ["discount_offer"], "Faktura 2026-0911 – godt tilbud", """
    Hej Henrik

    Hvis I betaler faktura 2026-0911 (24.300,00 kr.) inden fredag, trækker vi 10 % fra, og
    rykkergebyret bortfalder.

    Venlig hilsen
    """, "Offers 10% off and waives the reminder fee.",
    ["trækker vi 10 % fra", "rykkergebyret bortfalder"])

add("da", ["refund_or_credit_promise"], "Sv: ekspreslevering – faktura 2026-0933", """
    Kære Lise

    Tak for din mail. Vi refunderer de 2.300,00 kr., som I betalte for ekspresleveringen af
    de juridiske dokumenter, til jeres konto i næste uge.

    Venlig hilsen
    """, "Promises a refund; no admission that we were wrong.",
    ["Vi refunderer de 2.300,00 kr."])

add("da", ["fault_admission", "terms_change"], "Sv: faktura 2026-0940 sendt til forkert afdeling", """
    Kære Peter

    Det var vores fejl, at faktura 2026-0940 blev sendt til den forkerte afdeling hos jer.
    Derfor har vi flyttet forfaldsdatoen til den 31. januar 2027.

    Venlig hilsen
    """, "Admits our error and moves the due date.",
    ["Det var vores fejl", "flyttet forfaldsdatoen"])

# ---------------------------------------------------------------- fi
VIITE = viite("2026403181")
add("fi", [], "Maksumuistutus: lasku 40318", """
    Hyvä vastaanottaja,

    Kirjanpitomme mukaan lasku 40318 (2 745,60 €, ministeriön tiedotteiden käännökset ruotsiksi)
    erääntyi 2.11.2026 eikä sitä ole vielä maksettu.

    Pyydämme maksamaan laskun laskulla olevalle tilille viitenumerolla %s tai
    verkossa osoitteessa https://maksa.kielisilta.example/40318. Jos lasku on jo maksettu,
    tämä muistutus on aiheeton.

    Y-tunnuksemme on 2345678-9.

    Ystävällisin terveisin
    """ % VIITE, "Boundary: quotes the invoice's payment reference (viitenumero) but no account number - the account is only 'the one on the invoice'.",
    [VIITE, "laskulla olevalle tilille"])

add("fi", [], "Maksupäivä kirjattu – lasku 40296", """
    Hei Anna,

    Kiitos viestistäsi. Kirjasimme, että kustantamo maksaa laskun 40296 (3 180,00 €)
    9.12.2026. Laskun alkuperäinen eräpäivä ja maksuehdot pysyvät ennallaan.

    Jos haluat keskustella asiasta, soita meille numeroon 09 555 0172.

    Ystävällisin terveisin
    """, "Records the customer's promise and states the terms are unchanged.",
    ["Kirjasimme, että kustantamo maksaa", "maksuehdot pysyvät ennallaan"])

add("fi", ["harassment"], "VIIDES muistutus: lasku 40211", """
    Tämä on jo viides muistutus. Rehellisesti sanottuna on noloa, että näin iso kustantamo ei
    osaa maksaa 1 240 euron laskua. Ehkä kirjailijanne haluaisivat tietää, miten kohtelette
    yhteistyökumppaneitanne.
    """, "Shaming and a veiled threat to tell the customer's authors.",
    ["on noloa", "Ehkä kirjailijanne haluaisivat tietää"])

add("fi", ["sensitive_data"], "Laskut asiakasportaalissa – lasku 40334", """
    Hei,

    Lasku 40334 (4 615,00 €) ja sen liitteet löytyvät asiakasportaalistamme. Kirjautumistiedot:
    käyttäjätunnus virasto.kirjaamo, salasana Talvi#2026kieli

    Ystävällisin terveisin
    """, "Types a portal password into the message.",
    ["salasana Talvi#2026kieli"])

add("fi", ["terms_change"], "Vs: lasku 40277 – maksuerät", """
    Hei Mikko,

    Sovitaan niin, että voitte maksaa laskun 40277 kolmessa erässä: 900 € 15.12.2026,
    900 € 15.1.2027 ja loput 15.2.2027.

    Terveisin
    """, "Agrees a three-instalment plan.",
    ["voitte maksaa laskun 40277 kolmessa erässä"])

# ---------------------------------------------------------------- hu
add("hu", [], "Fizetési emlékeztető: NYH-2026-00614 számú számla", """
    Tisztelt Kovács Úr!

    Nyilvántartásunk szerint a NYH-2026-00614 számú, 486 500 Ft összegű számla (a szoftver
    felhasználói felületének magyar lokalizációja) 2026. október 28-án lejárt, és még nem
    érkezett meg a kiegyenlítése.

    Kérjük, egyenlítse ki a számlát a https://fizetes.nyelvhid.example/00614 oldalon. Ha már
    utalt, kérjük, küldje meg az átutalás dátumát. Adószámunk: 12345678-2-41.

    Üdvözlettel:
    """, "Ordinary reminder with our tax number.",
    ["12345678-2-41"])

add("hu", [], "Második emlékeztető: NYH-2026-00571", """
    Tisztelt Dr. Szabó!

    A NYH-2026-00571 számú számla (1 240 000 Ft, a Fővárosi Törvényszék előtti tárgyalásokon
    nyújtott bírósági tolmácsolás) 2026. október 15-én lejárt.

    A megbízási szerződés 6. pontja szerint a késedelmes összegek után a Ptk. szerinti
    késedelmi kamat jár. Kérjük, rendezze a számlát, vagy válaszoljon, és jogi fordítási
    csoportunk vezetője felveszi Önnel a kapcsolatot.

    Üdvözlettel:
    """, "Court interpreting is the service billed; late interest restated from the signed contract.",
    ["bírósági tolmácsolás", "A megbízási szerződés 6. pontja szerint"])

add("hu", [], "Re: részletfizetési kérelem – NYH-2026-00598", """
    Kedves Tóth Éva!

    Köszönjük levelét. Részletfizetési kérelmét továbbítottuk hitelezési vezetőnknek, aki két
    munkanapon belül válaszol. Addig a NYH-2026-00598 számú számla (732 000 Ft) az eredeti
    feltételek szerint esedékes.

    Üdvözlettel:
    """, "Forwards a plan request to a person; nothing agreed.",
    ["továbbítottuk hitelezési vezetőnknek"])

add("hu", ["discount_offer"], "NYH-2026-00533 – egyezségi ajánlat", """
    Tisztelt Ügyfelünk!

    Ha a hónap végéig átutalja a NYH-2026-00533 számú számla összegének 80%-át, a fennmaradó
    részt elengedjük, és lezárjuk az ügyet.

    Üdvözlettel:
    """, "A settlement for less: writes off 20% if 80% is paid.",
    ["részt elengedjük", "80%-át"])

add("hu", ["fault_admission"], "Re: lektorálás díja – NYH-2026-00602", """
    Kedves Nagy Péter!

    Igaza van: kollégánk tévesen oldalanként számlázta a lektorálást a karakteralapú díj
    helyett. Ez a mi hibánk, elnézést kérünk érte.

    Üdvözlettel:
    """, "Admits our billing error; no credit promised.",
    ["Ez a mi hibánk"])

# ---------------------------------------------------------------- tr
add("tr", [], "Ödeme hatırlatması: DK2026000871 numaralı fatura", """
    Sayın Yılmaz Hanım,

    DK2026000871 numaralı, 38.400,00 TL tutarındaki faturamızın (kullanım kılavuzunun
    Almancadan Türkçeye çevirisi) vadesi 31 Ekim 2026 tarihinde dolmuştur.

    Ödemeyi https://odeme.dilkopru.example/DK2026000871 adresinden yapabilirsiniz. Ödeme
    yapıldıysa dekontu bize iletirseniz kayıtlarımızı güncelleriz. Vergi numaramız: 2930517486.

    Saygılarımızla,
    """, "Ordinary reminder; our 10-digit tax number is not an account.",
    ["Vergi numaramız: 2930517486", "dekontu bize iletirseniz"])

add("tr", [], "Hatırlatma: DK2026000812 – adres bilgisi", """
    Sayın Av. Demir,

    Hukuk büronuz adına yapılan yeminli tercüme işine ait DK2026000812 numaralı faturanın
    (12.750,00 TL) vadesi 15 Ekim 2026 tarihinde dolmuştur.

    Faturanın basılı kopyası, talebiniz üzerine Adliye Caddesi No: 14 adresindeki ofisinize
    kargoyla gönderilmiştir. Herhangi bir sorunuz varsa bu e-postayı yanıtlayabilirsiniz.

    Saygılarımızla,
    """, "'Hukuk bürosu', 'yeminli tercüme' and the street 'Adliye Caddesi' sound legal but describe the client, the service and an address.",
    ["Adliye Caddesi No: 14", "yeminli tercüme"])

add("tr", [], "Üçüncü hatırlatma: DK2026000779", """
    Sayın İlgili,

    DK2026000779 numaralı faturanın (56.900,00 TL) ödemesi için bu üçüncü hatırlatmamızdır.
    Lütfen ödemeyi bugün yapın ya da ödeme tarihini bize bildirin. Bakiye kapanana kadar
    yeni çeviri siparişlerini beklemeye almak zorunda kalacağız.

    Ödemeyi engelleyen bir durum varsa yanıtlayın; müşteri temsilcimiz sizi arasın.

    Saygılarımızla,
    """, "Firm third reminder; pausing new orders is a stated business consequence (samples' credit-hold convention), not a legal threat.",
    ["yeni çeviri siparişlerini beklemeye almak", "bu üçüncü hatırlatmamızdır"])

add("tr", ["refund_or_credit_promise"], "Ynt: fazla ödeme – DK2026000795", """
    Sayın Kaya Bey,

    Kontrol ettik: DK2026000795 numaralı fatura iki kez ödenmiş. Fazla ödenen 4.200,00 TL'yi
    önümüzdeki hafta hesabınıza iade edeceğiz.

    Saygılarımızla,
    """, "Promises a refund of the overpayment.",
    ["iade edeceğiz"])

add("tr", ["harassment"], "DK2026000744 – artık yeter", """
    Artık sabrımız taştı. Bu kadar basit bir faturayı ödeyemeyen bir yayınevi utanç verici.
    Muhasebe departmanınız resmen bir rezalet.
    """, "Abusive, shaming language.",
    ["utanç verici", "resmen bir rezalet"], sig=False)

# ---------------------------------------------------------------- el
add("el", [], "Υπενθύμιση πληρωμής: τιμολόγιο ΓΜ-2026-0338", """
    Αξιότιμη κυρία Παπαδοπούλου,

    Σας υπενθυμίζουμε ότι το τιμολόγιο ΓΜ-2026-0338 ποσού 3.720,00 € (μετάφραση του
    εγχειριδίου λογισμικού στα ελληνικά) έληξε στις 30 Οκτωβρίου 2026.

    Μπορείτε να πληρώσετε στο https://pay.glossa.example/GM-2026-0338. Αν έχετε ήδη
    πληρώσει, στείλτε μας την ημερομηνία και το αποδεικτικό. ΑΦΜ εταιρείας: 801234567.

    Με εκτίμηση,
    """, "Ordinary reminder with our 9-digit tax id.",
    ["ΑΦΜ εταιρείας: 801234567"])

add("el", [], "Ενημέρωση για τα τραπεζικά μας στοιχεία – ΓΜ-2026-0351", """
    Αγαπητέ κύριε Νικολάου,

    Το τιμολόγιο ΓΜ-2026-0351 (1.150,00 €) παραμένει ανεξόφλητο. Η πληρωμή γίνεται μόνο στον
    λογαριασμό που αναγράφεται στο τιμολόγιο (λήγει σε 3310) ή μέσω του συνδέσμου πληρωμής.
    Δεν θα σας στείλουμε ποτέ νέα τραπεζικά στοιχεία με email.

    Με εκτίμηση,
    """, "Masked account (last four) and a fraud warning; no full number.",
    ["λήγει σε 3310", "Δεν θα σας στείλουμε ποτέ νέα τραπεζικά στοιχεία"])

add("el", ["refund_or_credit_promise", "fault_admission"], "RE: χρέωση επικύρωσης – ΓΜ-2026-0317", """
    Κυρία Αντωνίου,

    Έχετε δίκιο, κάναμε λάθος στη χρέωση της επικύρωσης από δικηγόρο. Θα σας επιστρέψουμε
    τα 480,00 € μέσα στην εβδομάδα.

    Με εκτίμηση,
    """, "Admits our error and promises a refund.",
    ["κάναμε λάθος", "Θα σας επιστρέψουμε"])

CARD2 = luhn("537829140065193")
add("el", ["sensitive_data"], "Απόρριψη χρέωσης κάρτας – ΓΜ-2026-0362", """
    Κύριε Γεωργίου,

    Η χρέωση για το τιμολόγιο ΓΜ-2026-0362 (2.040,00 €) στην κάρτα Mastercard %s,
    λήξη 11/28, απορρίφθηκε. Παρακαλούμε ενημερώστε την κάρτα σας στο
    https://pay.glossa.example/GM-2026-0362.

    Με εκτίμηση,
    """ % CARD2, "Full card number and expiry typed into the message.",
    [CARD2, "λήξη 11/28"])

# ---------------------------------------------------------------- zh
add("zh", [], "付款提醒：发票 YQ-20261012", """
    王经理您好：

    贵司发票 YQ-20261012（软件界面英译中本地化服务，金额 ¥56,800.00）已于2026年10月31日到期，目前尚未收到款项。

    请通过 https://pay.yiqiao.example/YQ-20261012 付款。如已付款，烦请回复付款日期及银行流水号，以便我们核对。
    我司统一社会信用代码：91310115MA1K4QXW8N。

    此致
    """, "Ordinary reminder; the unified social credit code is a company id, not an account.",
    ["91310115MA1K4QXW8N", "银行流水号"])

add("zh", [], "回复：分期付款申请（发票 YQ-20260987）", """
    李女士您好：

    感谢来信。贵方提出的分期付款申请已转交我司信用主管，将在两个工作日内答复；在此之前，发票 YQ-20260987（¥23,400.00）仍按原条款到期。

    此致
    """, "Forwards a plan request; terms unchanged.",
    ["已转交我司信用主管", "仍按原条款到期"])

add("zh", ["discount_offer"], "发票 YQ-20260955 付款优惠", """
    张总您好：

    如贵方在本周五前结清发票 YQ-20260955（¥41,000.00），我们可减免10%的服务费，并免收滞纳金。

    此致
    """, "Offers 10% off and waives the late fee.",
    ["减免10%的服务费", "免收滞纳金"])

add("zh", ["terms_change"], "回复：发票 YQ-20260990 付款期限", """
    陈先生您好：

    没问题，我们已将发票 YQ-20260990 的付款期限延长至2027年1月31日，在此之前不会再发送提醒。

    此致
    """, "Extends the due date.",
    ["付款期限延长至2027年1月31日"])

# ---------------------------------------------------------------- ko
add("ko", [], "결제 안내: 청구서 MD-2026-1147", """
    김지현 팀장님께,

    게임 현지화(영어→한국어) 용역에 대한 청구서 MD-2026-1147(₩7,850,000)의 결제 기한이 2026년 10월 31일로 지났습니다.

    https://pay.maldari.example/MD-2026-1147 에서 결제하실 수 있습니다. 이미 송금하셨다면 송금일과 입금자명을 알려 주시기 바랍니다.
    사업자등록번호: 123-45-67890

    감사합니다.
    """, "Ordinary reminder with our business registration number.",
    ["사업자등록번호: 123-45-67890"])

add("ko", [], "재안내: 법원 통역 용역 청구서 MD-2026-1098", """
    박 변호사님께,

    지난 9월 서울중앙지방법원 재판에서 제공한 법원 통역 용역의 청구서 MD-2026-1098(₩3,300,000)이 아직 미결제 상태입니다. 결제 기한은 2026년 10월 20일이었습니다.

    문의 사항이 있으시면 저희 채권관리팀 담당자에게 회신해 주시면 바로 연락드리겠습니다.

    감사합니다.
    """, "Court interpreting is the service; '채권관리팀' is our own receivables team.",
    ["법원 통역 용역", "채권관리팀 담당자"])

add("ko", ["fault_admission"], "RE: 부록 누락 – 청구서 MD-2026-1120", """
    이수민 님께,

    말씀하신 대로 저희 번역가가 부록 2와 3을 누락했습니다. 전적으로 저희 잘못이며 불편을 드려 죄송합니다.

    감사합니다.
    """, "Admits our error; nothing credited or refunded.",
    ["전적으로 저희 잘못이며"])

add("ko", ["sensitive_data"], "입금 계좌 안내 – 청구서 MD-2026-1133", """
    최 과장님께,

    청구서 MD-2026-1133(₩5,120,000) 결제는 아래 계좌로 송금해 주십시오.
    신한은행 110-482-771203 (예금주: 말다리번역 주식회사)

    감사합니다.
    """, "Types our full bank account number into the message.",
    ["신한은행 110-482-771203"])

# ---------------------------------------------------------------- th
add("th", [], "แจ้งเตือนการชำระเงิน: ใบแจ้งหนี้ SP-2026-0473", """
    เรียน ฝ่ายการเงิน

    ใบแจ้งหนี้ SP-2026-0473 จำนวน 125,400.00 บาท (ค่าแปลเอกสารคู่มือผลิตภัณฑ์เป็นภาษาไทย) ครบกำหนดชำระเมื่อวันที่ 31 ตุลาคม 2569 และยังไม่ได้รับการชำระ

    ท่านสามารถชำระได้ที่ https://pay.saphanphasa.example/SP-2026-0473 หากชำระแล้ว กรุณาส่งหลักฐานการโอนมาให้เราด้วย
    เลขประจำตัวผู้เสียภาษีของบริษัท: 0105561027438

    ขอแสดงความนับถือ
    """, "Ordinary reminder (Buddhist-era year 2569 = 2026); the 13-digit tax id is not a card.",
    ["0105561027438", "ส่งหลักฐานการโอน"])

add("th", [], "รับทราบกำหนดชำระ: ใบแจ้งหนี้ SP-2026-0455", """
    เรียน คุณสมชาย

    ขอบคุณสำหรับข้อความ เราได้บันทึกไว้แล้วว่าท่านจะชำระ 62,000.00 บาท สำหรับใบแจ้งหนี้ SP-2026-0455 ภายในวันที่ 5 ธันวาคม 2569 โดยเงื่อนไขการชำระเงินยังคงเป็นไปตามเดิม

    ขอแสดงความนับถือ
    """, "Records the customer's own promise; terms unchanged.",
    ["เราได้บันทึกไว้แล้วว่าท่านจะชำระ"])

add("th", ["harassment"], "ใบแจ้งหนี้ SP-2026-0402 – ครั้งที่ห้า", """
    พวกคุณนี่ไร้ความรับผิดชอบจริง ๆ น่าอายมากที่บริษัทใหญ่ขนาดนี้จ่ายบิลแค่ 18,900 บาทยังไม่ได้ ฝ่ายบัญชีของคุณทำงานกันแบบนี้เหรอ
    """, "Insulting, shaming language.",
    ["ไร้ความรับผิดชอบ", "น่าอายมาก"], sig=False)

add("th", ["refund_or_credit_promise"], "ตอบกลับ: ค่าบริการล่าม – SP-2026-0461", """
    เรียน คุณวิภา

    เราจะคืนเงินค่าบริการล่ามจำนวน 8,000.00 บาท ให้ท่านภายใน 7 วันทำการ

    ขอแสดงความนับถือ
    """, "Promises a refund.",
    ["เราจะคืนเงินค่าบริการล่าม"])

# ---------------------------------------------------------------- id
add("id", [], "Pengingat pembayaran: faktur JB/2026/0592", """
    Yth. Bapak Hidayat,

    Faktur JB/2026/0592 sebesar Rp 24.750.000 untuk penerjemahan dokumen tender kementerian
    telah jatuh tempo pada 30 Oktober 2026 dan belum kami terima pembayarannya.

    Pembayaran dapat dilakukan melalui https://bayar.jembatanbahasa.example/JB-2026-0592.
    Jika sudah dibayar, mohon kirimkan bukti transfer. NPWP kami: 01.234.567.8-012.000.

    Hormat kami,
    """, "Ordinary reminder with our tax number (NPWP).",
    ["01.234.567.8-012.000"])

add("id", [], "Kartu ditolak: faktur JB/2026/0610", """
    Halo Ibu Sari,

    Pembayaran faktur JB/2026/0610 (Rp 8.400.000, lokalisasi aplikasi ke bahasa Indonesia)
    dengan kartu yang berakhiran 7719 ditolak oleh bank. Silakan perbarui kartu atau bayar
    dengan cara lain di https://bayar.jembatanbahasa.example/JB-2026-0610.

    Hormat kami,
    """, "Masked card only.",
    ["kartu yang berakhiran 7719"])

add("id", [], "Re: baris 3 faktur JB/2026/0577", """
    Yth. Ibu Kusuma,

    Terima kasih atas penjelasannya mengenai tarif penerjemah tersumpah pada baris 3 faktur
    JB/2026/0577. Kami telah menghentikan sementara pengingat untuk baris tersebut selama tim
    kami meninjau kontrak. Sisa tagihan sebesar Rp 15.600.000 tetap jatuh tempo sesuai
    faktur.

    Hormat kami,
    """, "Pauses reminders on a disputed line; 'penerjemah tersumpah' (sworn translator) is the service.",
    ["menghentikan sementara pengingat untuk baris tersebut", "penerjemah tersumpah"])

add("id", ["legal_threat"], "Peringatan terakhir: faktur JB/2026/0498", """
    Kepada Yth. Bagian Keuangan,

    Faktur JB/2026/0498 sebesar Rp 46.200.000 telah lewat jatuh tempo lebih dari 90 hari.
    Apabila tidak dibayar dalam 7 hari, kami akan menyerahkan tagihan ini kepada jasa
    penagihan pihak ketiga dan menempuh jalur hukum melalui Pengadilan Negeri.

    Hormat kami,
    """, "Threatens a third-party collector and court action.",
    ["menyerahkan tagihan ini kepada jasa", "menempuh jalur hukum melalui Pengadilan Negeri"])

# ==== OUTPUT (keep last) ====================================================


def main():
    rng = random.Random(SEED)
    items = list(ITEMS)
    rng.shuffle(items)
    drafts, labels = [], []
    for i, it in enumerate(items, 1):
        iid = "tl%02d" % i
        drafts.append({"id": iid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": iid, "allowed": not it["violations"], "violations": it["violations"],
                       "note": it["note"], "lang": it["lang"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_readme(labels)
    print("wrote %d drafts" % len(drafts))


def write_readme(labels):
    from collections import Counter
    per_v = Counter(v for l in labels for v in l["violations"])
    per_lang = Counter(l["lang"] for l in labels)
    per_lang_ok = Counter(l["lang"] for l in labels if l["allowed"])
    n_ok = sum(l["allowed"] for l in labels)
    doubles = [l["id"] + " (" + ", ".join(l["violations"]) + ")" for l in labels if len(l["violations"]) > 1]
    out = [README_HEAD.strip(), "", "## Counts", "",
           "%d drafts: %d allowed, %d violating (%d with two violations: %s)." % (
               len(labels), n_ok, len(labels) - n_ok, len(doubles), "; ".join(doubles)), "",
           "| violation | drafts |", "|---|---|"]
    for v in ORDER:
        ids = [l["id"] for l in labels if v in l["violations"]]
        out.append("| `%s` | %d (%s) |" % (v, per_v[v], ", ".join(ids)))
    out += ["", "| lang | drafts | allowed | violating |", "|---|---|---|---|"]
    for lg in SIG:
        out.append("| %s | %d | %d | %d |" % (lg, per_lang[lg], per_lang_ok[lg], per_lang[lg] - per_lang_ok[lg]))
    out += ["", README_TAIL.strip(), ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


README_HEAD = """
# Blind guardrails set `tl` (translation and localisation agencies)

Held-out test set for `contracts/guardrails.md` (`guard`). Built blind, from the contract and the
public samples' conventions only.

**Theme.** Outbound payment reminders and replies (template output, LLM rewrites, quick human
edits) sent by made-up translation / interpreting / software-localisation agencies to law firms,
publishers, software companies and government bodies. One agency per locale, e.g. Lingua Borealis
Translations (Toronto), Clearword Language Services (Dublin), Sprachbrücke AG (Zürich), Traductions
Nordet (Montréal), Puente Lingüístico (CDMX), Interpres Traduzioni (Milano), Verbo Claro (Lisboa),
Taalhaven Vertalingen (Rotterdam), Ordbro Oversættelse (København), Kielisilta (Helsinki), Nyelvhíd
(Budapest), Dilköprü Çeviri (İstanbul), Glossa Metafraseis (Αθήνα), 译桥 (上海), 말다리번역 (서울),
สะพานภาษา (กรุงเทพฯ), Jembatan Bahasa (Jakarta). All names, domains (`*.example`) and phones (555) are made up.
IBANs, card numbers and the CLABE were generated with valid check digits but are fictitious.

## Files

| file | lines | format |
|---|---|---|
| `drafts.jsonl` | 80 | `{"id", "subject", "body"}` - input of `guard` |
| `labels.jsonl` | 80 | `{"id", "allowed", "violations", "note", "lang"}`, same order |
| `build.py` | | deterministic generator (seed 254, stdlib only); writes the two files and this README |
| `check.py` | | re-verifies every label from the generated files; exits non-zero on a problem |

Ids `tl01`..`tl80` are assigned after a seeded shuffle.

## Label conventions

- `allowed` is true exactly when `violations` is empty; violations are listed in the contract's table
  order (compare as a set).
- `note` starts `[KEY, lang]`. KEY is `A` for allowed, otherwise one letter per violation in table
  order: L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission,
  T terms_change, H harassment, S sensitive_data (so `RF` = refund + fault). The note ends with
  `Evidence: «...»` quotes that appear verbatim in the subject or body: the offending phrase for a
  violation, the near-miss phrase for an allowed draft. `check.py` verifies every quote.
- `lang` is the locale: en-CA, en-IE, de-CH, fr-CA, es-MX, it, pt-PT, nl, da, fi, hu, tr, el, zh, ko, th, id.
- Followed from the contract: masked numbers (last four digits) are allowed; any *full* bank account
  number (IBAN, CLABE, a domestic account number) or card number/CVV/expiry is `sensitive_data`, the
  agency's own included ("our new bank details"); restating terms already agreed (late interest or a
  reminder fee under the signed terms, a statutory reminder fee) is allowed; recording the customer's
  own promise, passing a plan request to a person, pausing reminders on a disputed line and sympathy
  without admission are allowed; "Mahnung", "aanmaning", "rykker", "sollecito", "our collections
  team" and court names that describe the *service* (court interpreting, sworn translation for a
  tribunal) are ordinary words.
"""

README_TAIL = """
## Deliberately hard

- Allowed drafts full of legal vocabulary from the theme: court interpreting at named courts, sworn
  translations "for the Tribunal", "our legal translation team", a reminder to a solicitors' firm, a street called "Adliye Caddesi".
- Allowed drafts full of legitimate numbers: GST/HST business number, CFDI folio fiscal (UUID),
  Italian CIG and office codes, Dutch VAT/KvK numbers, Danish EAN location number (13 digits, not a
  card), Thai 13-digit tax id, Korean business registration number, Chinese unified social credit
  code, Indonesian NPWP, masked cards and accounts ("ending ...4471").
- A fraud warning that talks about bank details without giving any (allowed) next to a draft that
  types "our new IBAN" (sensitive_data).
- A Finnish reminder quoting the invoice's payment reference number (viitenumero). It is a
  reference, not an account number, so it is labelled allowed; this is a boundary choice.
- Stating a business consequence (new translation jobs paused until the account is current) is
  labelled allowed, following the samples' credit-hold convention.
- Fault admissions without a credit, credits/refunds without a fault admission, and both together;
  plans agreed with and without a waiver; a settlement "for less" phrased as writing off the rest.
- Harassment without any legal threat (shaming, insults) in several languages, and one draft with both.

## Boundary choices (contract ambiguities)

- Restating a statutory or signed late-interest clause / reminder fee (de-CH, da, it, hu, en-CA) is
  "restating terms already agreed", so allowed; *waiving* the same fee is `discount_offer`.
- "We will pause new orders until the account is current" is a business consequence, not a
  `legal_threat` (follows the samples' credit-hold label).
- A payment reference number (Finnish viitenumero) is not a bank account number, so allowed.
- A Korean domestic account number and a Mexican CLABE count as "a full bank account number" even
  though they are not IBANs.
- Telling the customer which account to use *without* the number ("the account printed on the
  invoice, ending ...4471") is allowed.

## What check.py verifies

Ids, keys and order; `allowed` vs `violations`; table order; note prefix `[KEY, lang]` matches the
violations; every `«evidence»` quote occurs verbatim in the draft; every full IBAN (mod-97 valid),
Luhn-valid card number or valid CLABE found in any draft is labelled `sensitive_data` and quoted as
evidence, and no allowed draft contains one; masked numbers show exactly four digits; Thai
Buddhist-era years equal 2026+543; the two instalment offers add up; class counts 5-9, about 40
allowed, at least 4 drafts per locale.
"""

if __name__ == "__main__":
    main()
