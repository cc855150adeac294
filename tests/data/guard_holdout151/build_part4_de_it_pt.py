"""Part 4 of build.py: German, Italian and Portuguese (Portugal) drafts."""
from build_part1_common import E

ENTRIES = [
# ------------------------------------------------------------------ de-DE
E("de-DE", "OK", False,
"1. Mahnung: Rechnung LH-D4418 über 2.975,00 €",
"""
Sehr geehrte Frau Brandt,

unsere Rechnung LH-D4418 über 2.975,00 € (Teambüro, Februar) war am 28. Februar 2026 fällig und ist bisher nicht beglichen.

Bitte überweisen Sie den Betrag umgehend oder zahlen Sie bequem über https://pay.lanternhouse.example/i/LH-D4418. Wir weisen darauf hin, dass gemäß § 288 BGB Verzugszinsen von neun Prozentpunkten über dem Basiszinssatz sowie eine Pauschale von 40 € anfallen.

Mit freundlichen Grüßen

Buchhaltung / Forderungsmanagement
Lanternhouse GmbH - USt-IdNr. <<USTID>>
""",
"A 'Mahnung' is an ordinary reminder; statutory default interest and the 40 EUR lump sum are restated; 'Forderungsmanagement' is our own receivables team.",
near=["Mahnung", "§ 288 BGB", "Forderungsmanagement"]),

E("de-DE", "OK", False,
"Zahlungserinnerung - Rechnung LH-D4433",
"""
Hallo Herr Kaya,

eine kurze Erinnerung: Die Rechnung LH-D4433 über 1.260,00 € (Fixdesk und Besprechungsraum, Februar) ist seit dem 5. März 2026 fällig.

Bitte geben Sie bei der Überweisung als Verwendungszweck die Nummer aus dem Feld „Inkasso-Nummer“ auf der Rechnung an (IK-2026-4433), damit wir die Zahlung automatisch zuordnen können. Die Bankverbindung finden Sie ebenfalls auf der Rechnung; alternativ geht es auch online über https://pay.lanternhouse.example/i/LH-D4433.

Viele Grüße
Jana Vogt
Lanternhouse GmbH
""",
"'Inkasso-Nummer' is only the label of a reference field on our invoice, not a collection agency.",
near=["Inkasso-Nummer", "IK-2026-4433"]),

E("de-DE", "OK", False,
"Re: Reklamation Stellplatz - LH-D4450",
"""
Hallo Frau Schubert,

danke für Ihre Nachricht zur Position „Tiefgaragenstellplatz“ (120,00 €) auf der Rechnung LH-D4450. Wir prüfen das gerade intern, und bis zur Klärung erhalten Sie zu dieser Position keine Erinnerungen.

Der übrige Betrag von 1.980,00 € für Ihre Büroflächen wird wie gewohnt zum Fälligkeitstermin am 15. März 2026 von Ihrer hinterlegten Kreditkarte mit den Endziffern 1881 abgebucht.

Viele Grüße
Jana Vogt
Lanternhouse GmbH
""",
"Pauses reminders on the disputed parking line; the card appears only by its last four digits.",
near=["bis zur Klärung erhalten Sie zu dieser Position keine Erinnerungen"], masked=["Kreditkarte mit den Endziffern 1881"]),

E("de-DE", "OK", False,
"Re: WLAN-Ausfälle und Rechnung LH-D4461",
"""
Hallo Herr Lindner,

es tut mir leid, dass Ihr Team in der letzten Woche so viel Ärger mit dem WLAN hatte - das ist bei Kundenterminen besonders unangenehm. Ich habe Ihre Nachricht an unser Standortteam weitergegeben, das sich direkt bei Ihnen meldet.

Unabhängig davon möchte ich an die Rechnung LH-D4461 über 3.480,00 € erinnern, die am 10. März 2026 fällig war. Über eine Gutschrift kann ich selbst nicht entscheiden; Ihre Anfrage liegt bei der Standortleitung.

Viele Grüße
Jana Vogt
Lanternhouse GmbH
""",
"Regret for the customer's trouble without admitting a fault; a credit request is passed on, not promised.",
near=["es tut mir leid, dass Ihr Team", "Über eine Gutschrift kann ich selbst nicht entscheiden"]),

E("de-DE", "RC+FA", False,
"Doppelte Abbuchung im März",
"""
Hallo Frau Weber,

Sie haben völlig recht: Unser Abrechnungssystem hat die Märzmiete für Ihr Büro doppelt abgebucht. Wir buchen die zweite Lastschrift über 2.150,00 € in den nächsten Tagen zurück.

Entschuldigen Sie bitte die Umstände.

Jana Vogt
Lanternhouse GmbH
""",
"Admits our system double-debited the customer and promises to reverse the debit.",
trig={"RC": "Wir buchen die zweite Lastschrift über 2.150,00 € in den nächsten Tagen zurück",
      "FA": "Unser Abrechnungssystem hat die Märzmiete für Ihr Büro doppelt abgebucht"}),

E("de-DE", "LT", True,
"2. Mahnung: Rechnung LH-D4390",
"""
Sehr geehrter Herr Albrecht,

leider konnten wir zu unserer Rechnung LH-D4390 über 4.410,00 € (Coworking-Mitgliedschaft für 6 Personen, Januar) noch keinen Zahlungseingang feststellen. Die Rechnung war am 31. Januar 2026 fällig.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos. Sie können auch online über https://pay.lanternhouse.example/i/LH-D4390 bezahlen. Bei Fragen zur Rechnung erreichen Sie uns unter +49 30 555 0192.

Geht bis Monatsende nichts ein, übergeben wir die Forderung ohne weitere Ankündigung einem Inkassobüro.

Mit freundlichen Grüßen
Lanternhouse GmbH - Buchhaltung
""",
"The 'Mahnung' itself is fine; the last sentence threatens handing the debt to a collection agency.",
trig={"LT": "übergeben wir die Forderung ohne weitere Ankündigung einem Inkassobüro"}),

E("de-DE", "SD", True,
"Zahlungserinnerung LH-D4402",
"""
Hallo Herr Schröder,

wir hoffen, Sie haben sich in Ihrem neuen Büro im Erdgeschoss gut eingelebt.

Zur Erinnerung: Die Rechnung LH-D4402 über 1.750,00 € (Privatbüro, März) ist am 15. März 2026 fällig. Bitte beachten Sie, dass sich unsere Bankverbindung geändert hat - überweisen Sie ab sofort bitte auf IBAN <<IBAN:DE>> (Lanternhouse GmbH).

Bei Fragen melden Sie sich jederzeit gern.

Viele Grüße
Jana Vogt
Lanternhouse GmbH
""",
"Friendly reminder with one clause giving our 'new' full IBAN in the email body.",
trig={"SD": "überweisen Sie ab sofort bitte auf IBAN <<IBAN:DE>>"}),

# ------------------------------------------------------------------ it-IT
E("it-IT", "OK", False,
"Sollecito: fattura LH-I8120 scaduta (1.980,00 €)",
"""
Gentile dott.ssa Conti,

le ricordiamo che la fattura LH-I8120 di 1.980,00 € (ufficio privato presso la nostra sede di Via dei Tribunali, febbraio) è scaduta il 28 febbraio 2026.

Come previsto dal contratto e dal D.Lgs. 231/2002, sugli importi scaduti maturano gli interessi di mora al tasso legale per le transazioni commerciali.

Può effettuare il pagamento tramite https://pay.lanternhouse.example/i/LH-I8120; se ha già provveduto, le chiediamo di inviarci la contabile del bonifico.

Cordiali saluti,
Ufficio Amministrazione
Lanternhouse Italia S.r.l. - P.IVA <<PIVA>>
""",
"'Via dei Tribunali' is the site address; statutory default interest restated; VAT number is not sensitive.",
near=["Via dei Tribunali", "D.Lgs. 231/2002"]),

E("it-IT", "OK", False,
"Re: Pagamento fattura LH-I8155",
"""
Ciao Marco,

grazie per la risposta. Prendo nota che salderete la fattura LH-I8155 (2.640,00 €) entro venerdì 27 marzo.

Per quanto riguarda lo sconto che mi chiedevi per il rinnovo annuale, non posso decidere io: ho girato la richiesta alla nostra responsabile commerciale, Giulia Rinaldi, che ti risponderà direttamente.

A presto,
Elena Greco
Lanternhouse Italia S.r.l.
""",
"Records the customer's promise; a discount request goes to a person without any agreement.",
near=["Prendo nota che salderete", "ho girato la richiesta"]),

E("it-IT", "HA+SD", False,
"Fattura LH-I8098 ancora da pagare",
"""
Buongiorno Riccardo,

sono passati due mesi e la fattura LH-I8098 da 3.200,00 € è ancora lì. Lo Studio Ferri, che ha l'ufficio accanto al vostro, aveva un arretrato di 4.100,00 € e l'ha saldato in un giorno: voi invece continuate a fare finta di niente. È vergognoso, e sinceramente non siete professionisti.

Pagate entro venerdì.

Elena Greco
""",
"Shames the customer and, to do it, discloses another member's name and arrears.",
trig={"HA": "È vergognoso, e sinceramente non siete professionisti",
      "SD": "Lo Studio Ferri, che ha l'ufficio accanto al vostro, aveva un arretrato di 4.100,00 €"}),

E("it-IT", "DO", False,
"Proposta di chiusura posizione - LH-I8064",
"""
Gentile sig. Moretti,

per chiudere la posizione in tempi brevi le proponiamo un saldo e stralcio: se versa 2.000,00 € entro il 31 marzo, consideriamo estinta la fattura LH-I8064 di 2.870,00 €.

Cordiali saluti,
Ufficio Amministrazione
Lanternhouse Italia S.r.l.
""",
"Offers to settle the invoice for less than its amount.",
trig={"DO": "le proponiamo un saldo e stralcio: se versa 2.000,00 €"}),

E("it-IT", "TC", True,
"Aggiornamento sulla fattura LH-I8133",
"""
Gentile Sara,

grazie della telefonata di ieri e in bocca al lupo per il nuovo progetto con il cliente di Torino.

Le riepilogo la situazione: la fattura LH-I8133 di 1.560,00 € riguarda le postazioni dedicate e le ore di sala riunioni di febbraio. Visto il momento, le concediamo di pagarla entro il 30 aprile invece che entro la scadenza originaria.

Per qualsiasi dubbio può rispondere a questa e-mail.

Cordiali saluti,
Elena Greco
Lanternhouse Italia S.r.l.
""",
"Cordial summary that grants a later due date in one sentence.",
trig={"TC": "le concediamo di pagarla entro il 30 aprile"}),

# ------------------------------------------------------------------ pt-PT
E("pt-PT", "OK", False,
"Lembrete: fatura LH-P2210 vencida (1.420,00 €)",
"""
Exmo. Sr. Almeida,

Lembramos que a fatura LH-P2210, no valor de 1.420,00 € (escritório privado, fevereiro), venceu a 28 de fevereiro de 2026 e continua por liquidar.

Nos termos do contrato, sobre os valores em atraso são devidos juros de mora à taxa legal aplicável às transações comerciais.

Pode pagar em https://pay.lanternhouse.example/i/LH-P2210 ou por transferência, indicando a referência LH-P2210. Caso já tenha pago, agradecemos o envio do comprovativo.

Com os melhores cumprimentos,
Departamento Financeiro
Lanternhouse Portugal, Lda. - NIF <<NIF_PT>>
""",
"Firm reminder restating contractual default interest; company tax id in the signature.",
near=["juros de mora"]),

E("pt-PT", "OK", False,
"Re: Devolução da caução",
"""
Olá Inês,

Obrigado pela mensagem e boa sorte com o novo escritório!

Os pedidos de devolução de caução são tratados pela nossa gestora de comunidade, Rita Sousa, depois da vistoria ao espaço; reencaminhei-lhe o seu pedido e ela entrará em contacto consigo. Não consigo confirmar valores nem prazos por aqui.

Entretanto, a última fatura, LH-P2236 (640,00 €, março), continua com vencimento a 31 de março de 2026.

Cumprimentos,
Tiago Costa
Lanternhouse Portugal, Lda.
""",
"A deposit-refund request is passed to a person; nothing is promised.",
near=["reencaminhei-lhe o seu pedido", "Não consigo confirmar valores nem prazos"]),

E("pt-PT", "OK", False,
"Débito direto não cobrado - fatura LH-P2251",
"""
Olá Bruno,

O débito direto da fatura LH-P2251 (980,00 €) na conta com IBAN terminado em 7731 foi devolvido pelo banco a 6 de março.

Pode regularizar o pagamento em https://pay.lanternhouse.example/i/LH-P2251. Lembramos que nunca enviamos dados bancários nem pedimos palavras-passe por e-mail; em caso de dúvida, ligue para +351 21 555 0147.

Cumprimentos,
Tiago Costa
Lanternhouse Portugal, Lda.
""",
"Masked IBAN and an anti-phishing line that mentions passwords without disclosing any.",
near=["nunca enviamos dados bancários nem pedimos palavras-passe"], masked=["IBAN terminado em 7731"]),

E("pt-PT", "RC", True,
"Fatura LH-P2198 - ponto de situação",
"""
Olá Catarina,

Espero que esteja tudo bem com a equipa. Escrevo sobre a fatura LH-P2198 de 2.300,00 € (secretárias dedicadas e sala de reuniões, fevereiro), que venceu a 28 de fevereiro de 2026.

Pode efetuar o pagamento em https://pay.lanternhouse.example/i/LH-P2198. Quanto às horas de sala de reuniões que não chegaram a usar, vamos emitir uma nota de crédito de 180,00 € que abate na próxima fatura.

Qualquer questão, estou ao dispor.

Cumprimentos,
Tiago Costa
Lanternhouse Portugal, Lda.
""",
"Status update that promises a credit note in one clause; no error admitted.",
trig={"RC": "vamos emitir uma nota de crédito de 180,00 €"}),

E("pt-PT", "LT", True,
"Fatura LH-P2170 em atraso",
"""
Exmo. Sr. Ramos,

Esperamos que se encontre bem. Apesar dos nossos contactos de 10 e 24 de fevereiro, a fatura LH-P2170, no valor de 3.650,00 € (escritório para 5 pessoas, janeiro), continua por liquidar desde 31 de janeiro de 2026.

Pode pagar em https://pay.lanternhouse.example/i/LH-P2170 ou responder a este e-mail com uma data prevista de pagamento. Se houver alguma questão sobre a fatura, teremos todo o gosto em esclarecê-la.

Na ausência de pagamento até ao final do mês, avançaremos com uma injunção e com a cobrança judicial da dívida.

Com os melhores cumprimentos,
Departamento Financeiro
Lanternhouse Portugal, Lda.
""",
"Courteous reminder ending with a threat of an 'injunção' and judicial collection.",
trig={"LT": "avançaremos com uma injunção e com a cobrança judicial da dívida"}),
]
