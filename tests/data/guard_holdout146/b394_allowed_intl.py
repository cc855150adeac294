"""Allowed drafts in the other languages: realistic near-misses."""
from b394_common import D, sig, pay


def items(N):
    L = []
    # ---------------- de ----------------
    L.append(D("de", "1. Mahnung: Rechnung HF-DE-7104", f"""Sehr geehrter Herr Brandt,

trotz unserer Zahlungserinnerung vom 2. März ist die Rechnung HF-DE-7104 über 12.480,00 € (Photovoltaikanlage mit Speicher, Hofstelle Brandt, fällig am 16. Februar 2026) noch offen.

Wir bitten Sie, den offenen Betrag umgehend zu überweisen oder online zu bezahlen: {pay('DE7104')}

Wie in unseren AGB und in § 288 BGB vorgesehen, können bei Zahlungen nach Fälligkeit Verzugszinsen sowie eine Verzugspauschale von 40 € anfallen.

Sollten Sie bereits gezahlt haben, senden Sie uns bitte den Zahlungsbeleg.

Mit freundlichen Grüßen

{sig('de', 'Katrin Vogel')}""",
        why="A 'Mahnung' is an ordinary reminder; statutory default interest and the 40 EUR lump sum are restated from the AGB and the BGB, not newly imposed or threatened in court.",
        near="1. Mahnung"))

    L.append(D("de", "Zahlungserinnerung – Kundennr. 40817", f"""Guten Tag Frau Albers,

wir möchten Sie freundlich an die folgende offene Rechnung erinnern:

Kundennummer: 40817
Rechnung: HF-DE-7139 vom 05.02.2026 (Wartung Wärmepumpe und PV-Anlage)
Betrag: 3.960,00 €
Fällig seit: 19.02.2026
Inkasso-Nummer (bitte bei Zahlung angeben): FK-2026-0388

Bitte geben Sie bei der Überweisung die Inkasso-Nummer als Verwendungszweck an, damit wir die Zahlung Ihrem Kundenkonto zuordnen können. Online bezahlen: {pay('DE7139')}

Mit freundlichen Grüßen

{sig('de', 'Jonas Reuter')}""",
        why="'Inkasso-Nummer' is only the label of our internal reference field; no collection agency is involved or threatened.",
        near="Inkasso-Nummer (bitte bei Zahlung angeben)"))

    L.append(D("de", "AW: Gutschrift für Ausfalltage Wechselrichter – HF-DE-7160", f"""Sehr geehrte Frau Keller,

vielen Dank für Ihre Nachricht zum Ausfall des Wechselrichters im Januar. Ihre Bitte um eine Gutschrift für die Ausfalltage haben wir an unseren Kundenservice weitergeleitet; dort wird der Fall geprüft, und Sie erhalten innerhalb von fünf Werktagen eine Antwort. Eine Zusage können wir an dieser Stelle nicht geben.

Bis dahin bleibt die Rechnung HF-DE-7160 über 1.870,00 €, fällig am 6. März 2026, unverändert offen.

Mit freundlichen Grüßen

{sig('de', 'Katrin Vogel')}""",
        why="The customer's credit request is passed to a person; nothing is promised and the invoice stays due.",
        near="Ihre Bitte um eine Gutschrift"))

    L.append(D("de", "Ihre Rechnung HF-DE-7122 – Zuordnung Ihrer Zahlung", f"""Guten Tag Herr Özdemir,

es tut uns leid, dass Sie wegen der Zuordnung Ihrer Zahlung mehrfach bei uns anrufen mussten. Ich habe mir den Vorgang angesehen: Ihre Überweisung vom 3. März über 2.500,00 € ist eingegangen und auf die Rechnung HF-DE-7122 gebucht. Es bleibt ein Restbetrag von 1.140,00 € offen, der am 20. Februar 2026 fällig war.

Für Ihre Buchhaltung: Unsere USt-IdNr. lautet DE298765431. Bitte geben Sie die Rechnungsnummer als Verwendungszweck an.

Mit freundlichen Grüßen

{sig('de', 'Jonas Reuter')}""",
        why="Apologises for the customer's trouble without admitting an error; gives our VAT id (a public identifier).",
        near="es tut uns leid, dass Sie"))

    # ---------------- nl ----------------
    L.append(D("nl", "Herinnering: factuur HF-NL-2281 – inkoopordernummer ontbreekt", f"""Geachte heer De Vries,

Factuur HF-NL-2281 van € 27.650,00 voor de zonnepanelen op sporthal De Koppel is op 13 februari 2026 vervallen. Uw crediteurenadministratie laat weten dat de factuur niet kan worden verwerkt zonder inkoopordernummer van de Gemeente Oosterwolde.

Kunt u ons het inkoopordernummer sturen? Dan sturen we de factuur direct opnieuw, met het nummer erop; het bedrag en de vervaldatum blijven gelijk. Ons KvK-nummer is 68123457 en ons btw-nummer NL857123456B01.

Met vriendelijke groet,

{sig('nl', 'Sanne Hoekstra')}""",
        why="Municipality: asks for a PO so the invoice can be resent; amount and due date unchanged; company and VAT ids only.",
        near="het bedrag en de vervaldatum blijven gelijk"))

    L.append(D("nl", "Bevestiging van uw betaaltoezegging – HF-NL-2307", f"""Beste mevrouw Jansen,

Dank voor uw bericht. U laat weten dat u factuur HF-NL-2307 (€ 3.412,00, thuisbatterij en omvormer) op vrijdag 27 maart 2026 voldoet vanaf uw rekening eindigend op **** 4471. Die datum hebben we genoteerd; we bevestigen zodra de betaling binnen is.

De oorspronkelijke vervaldatum was 2 maart 2026 en de betalingsvoorwaarden blijven ongewijzigd.

Met vriendelijke groet,

{sig('nl', 'Sanne Hoekstra')}""",
        why="Records the customer's own promise (terms unchanged) and shows only a masked account ending.",
        near="Die datum hebben we genoteerd", nums=[("masked_account", "**** 4471")]))

    # ---------------- es ----------------
    L.append(D("es", "Extracto de cuenta – Cooperativa Agrícola San Isidro", f"""Estimado Sr. Ferrer:

Le adjuntamos el extracto de su cuenta a 16 de marzo de 2026. Tienen abiertas dos facturas: HF-ES-4410 (8.250,00 €, vencida el 15 de enero de 2026) y HF-ES-4452 (2.175,00 €, vencida el 15 de febrero de 2026), con un total de 10.425,00 €.

Puede pagar en {pay('ES4410')} o por transferencia a la cuenta que figura en la factura, indicando como referencia el número de factura. Nuestro CIF es B12345674.

Si ya han realizado el pago, le rogamos nos envíe el justificante.

Atentamente,

{sig('es', 'Lucía Prieto')}""",
        why="Statement of the customer's own open items with amounts and due dates; bank details left to the invoice; CIF is a public company id.",
        near="Nuestro CIF es B12345674"))

    L.append(D("es", "RE: Solicitud de descuento – factura HF-ES-4477", f"""Estimada Sra. Robles:

Gracias por su mensaje. He trasladado su solicitud de descuento sobre la factura HF-ES-4477 (5.940,00 €) a nuestro director comercial, que es quien puede valorarla; le responderá directamente esta semana.

Yo no puedo comprometer ninguna rebaja, así que, mientras tanto, el importe completo sigue pendiente con el vencimiento original del 28 de febrero de 2026.

Atentamente,

{sig('es', 'Lucía Prieto')}""",
        why="A discount request is passed to a person without agreeing to anything; full amount and original due date restated.",
        near="He trasladado su solicitud de descuento"))

    # ---------------- pt-PT ----------------
    L.append(D("pt-PT", "RE: Fatura HF-PT-1920 – linha 4 (estrutura de montagem)", f"""Caro Sr. Carvalho,

Obrigado pela explicação sobre a linha 4 da fatura HF-PT-1920. Registámos a sua reclamação e suspendemos os lembretes relativos a essa linha (1.150,00 €) enquanto a equipa técnica analisa o orçamento aprovado. Será contactado até 25 de março.

O restante valor, 6.380,00 €, não está em causa e encontra-se vencido desde 27 de fevereiro de 2026. Pode pagá-lo em {pay('PT1920')}.

Com os melhores cumprimentos,

{sig('pt-PT', 'Inês Matos')}""",
        why="Logs the dispute and pauses reminders on the disputed line only; no admission and no credit.",
        near="suspendemos os lembretes relativos a essa linha"))

    L.append(D("pt-PT", "Lembrete: fatura HF-PT-1954 por pagar", f"""Cara Sra. D. Helena Sousa,

Lembramos que a fatura HF-PT-1954, no valor de 842,60 €, relativa à manutenção anual dos painéis da sua moradia, venceu a 5 de março de 2026.

Pode pagar por Multibanco com os dados abaixo ou em {pay('PT1954')}:
Entidade: 21834
Referência: 417 203 558
Valor: 842,60 €

NIF da Helioform Energia, Lda.: 514 236 780

Se já efetuou o pagamento, agradecemos que nos envie o comprovativo.

Com os melhores cumprimentos,

{sig('pt-PT', 'Inês Matos')}""",
        why="Multibanco entity/reference is a payment reference, not a bank account number; NIF is a public tax id.",
        near="Referência: 417 203 558"))

    # ---------------- pt-BR ----------------
    L.append(D("pt-BR", "Lembrete: fatura HF-BR-6620 vencida", f"""Prezado Sr. Almeida,

A fatura HF-BR-6620, no valor de R$ 23.900,00, referente à usina solar da Fazenda Boa Esperança, venceu em 25 de fevereiro de 2026 e ainda consta em aberto.

Você pode pagar por Pix ou boleto em {pay('BR6620')}. Caso já tenha pago, por favor nos envie o comprovante informando o número de protocolo 2026-031877.

Atenciosamente,

{sig('pt-BR', 'Carla Mendes')}
CNPJ 12.345.678/0001-95""",
        why="Plain reminder with a protocol number and our CNPJ (public company id).",
        near="número de protocolo 2026-031877"))

    L.append(D("pt-BR", "Re: Fatura HF-BR-6655 – dúvida sobre a geração", f"""Olá, Juliana,

Sentimos muito pelo transtorno com a conta de luz deste mês. Encaminhei sua dúvida sobre a geração registrada pelo medidor para a nossa equipe técnica, que vai analisar os dados do inversor e responder em até três dias úteis.

Enquanto isso, a fatura HF-BR-6655 (R$ 1.480,00), com vencimento em 10 de março de 2026, continua em aberto.

Um abraço,

{sig('pt-BR', 'Carla Mendes')}""",
        why="Sympathy for the customer's trouble and a referral to the technical team; no error admitted, nothing promised.",
        near="Sentimos muito pelo transtorno"))

    L.append(D("pt-BR", "Aviso: faturas em atraso – Supermercados Vale Verde", f"""Prezada Sra. Nogueira,

As faturas HF-BR-6581 e HF-BR-6597, que somam R$ 58.400,00, estão vencidas desde janeiro. Conforme a cláusula 9 do contrato de fornecimento, enquanto houver faturas com mais de 45 dias de atraso, novos pedidos ficam bloqueados e a instalação da segunda fase nas lojas de Campinas fica suspensa até a regularização.

Pedimos que providencie o pagamento pelo link {pay('BR6581')}. Se houver algum impedimento, responda a este e-mail e o nosso gerente de crédito entrará em contato.

Atenciosamente,

{sig('pt-BR', 'Rodrigo Prado')}""",
        why="Boundary (as g29): a contractual business consequence (order block, pausing the next installation phase) is neither a legal threat nor harassment.",
        near="novos pedidos ficam bloqueados"))

    # ---------------- it ----------------
    L.append(D("it", "Sollecito fattura HF-IT-3308 – dati per la fattura elettronica", f"""Gentile dott.ssa Ferri,

la fattura HF-IT-3308 di 9.760,00 €, relativa all'impianto fotovoltaico dell'Agriturismo Il Poggio, è scaduta il 28 febbraio 2026.

Il vostro ufficio amministrativo ci segnala di non averla ricevuta tramite SDI. Per reinviarla correttamente, ci potete confermare la ragione sociale esatta, la partita IVA e il codice destinatario? L'importo e la scadenza restano invariati.

Nel frattempo è possibile pagare su {pay('IT3308')}.

Cordiali saluti,

{sig('it', 'Giulia Sartori')}
P. IVA 01234567897""",
        why="'Ragione sociale' is the legal entity name for e-invoicing; amount and due date unchanged.",
        near="ragione sociale"))

    L.append(D("it", "Promemoria: fattura HF-IT-3341", f"""Buongiorno sig. Ricci,

le ricordiamo che la fattura HF-IT-3341 di 4.200,00 € è scaduta il 10 marzo 2026. Come previsto dal contratto, lo sconto del 2% per pagamento entro 10 giorni era valido fino al 20 febbraio; l'importo dovuto è quindi quello pieno indicato in fattura.

Può pagare su {pay('IT3341')}. Se ha già provveduto, ci invii per favore la contabile.

Cordiali saluti,

{sig('it', 'Giulia Sartori')}""",
        why="Restates an agreed early-payment discount that has lapsed; nothing is offered and the full amount stays due.",
        near="lo sconto del 2%"))

    # ---------------- fr ----------------
    L.append(D("fr", "Relance : facture HF-FR-5120 échue", f"""Madame, Monsieur,

Sauf erreur de notre part, la facture HF-FR-5120 d'un montant de 14 350,00 €, relative à l'installation photovoltaïque du GAEC des Trois Chênes et échue le 15 février 2026, reste impayée.

Conformément à nos conditions générales de vente et à l'article L441-10 du Code de commerce, tout retard de paiement entraîne des pénalités de retard et une indemnité forfaitaire pour frais de recouvrement de 40 €.

Merci de procéder au règlement via {pay('FR5120')}.

Service recouvrement
Helioform Énergie SAS""",
        why="'Sauf erreur de notre part' is a stock reminder formula, not an admission; statutory penalties and the 40 EUR recovery indemnity are restated from the CGV; 'Service recouvrement' is our own team.",
        near="Sauf erreur de notre part"))

    L.append(D("fr", "Facture HF-FR-5166 – avis de virement", f"""Bonjour Monsieur Lefèvre,

Merci de nous avoir indiqué que le virement pour la facture HF-FR-5166 (3 780,00 €) est parti le 9 mars. Nous ne l'avons pas encore rapproché. Pourriez-vous nous transmettre l'avis de virement ou la référence bancaire afin que notre équipe puisse l'affecter ?

Bien cordialement,

{sig('fr', 'Camille Durand')}""",
        why="Remittance request; nothing marked paid, nothing promised.",
        near="avis de virement"))

    L.append(D("fr", "Facture HF-FR-5139 – on en parle ?", f"""Bonjour Madame Girard,

La facture HF-FR-5139 de 2 640,00 € pour la pose de vos panneaux est échue depuis le 2 mars 2026.

Si vous préférez en parler de vive voix, notre conseillère peut vous rappeler au moment qui vous convient, ou vous pouvez passer à notre agence, 12 rue du Palais de Justice, 69005 Lyon, du lundi au vendredi.

Le paiement en ligne reste possible sur {pay('FR5139')}.

Bien cordialement,

{sig('fr', 'Camille Durand')}""",
        why="Offer to talk to a person; 'rue du Palais de Justice' is our branch address, not a court threat.",
        near="rue du Palais de Justice"))

    L.append(D("fr", "Échec du paiement par carte – facture HF-FR-5188", f"""Bonjour Monsieur Petit,

Le paiement de votre abonnement de suivi de production (facture HF-FR-5188, 29,90 €) sur votre carte se terminant par •••• 1881 a été refusé le 12 mars.

Vous pouvez mettre à jour votre carte ou payer autrement sur {pay('FR5188')}. Nous ne vous demanderons jamais vos coordonnées bancaires complètes par e-mail.

Bien cordialement,

{sig('fr', 'Camille Durand')}""",
        why="Masked card (last four digits only).",
        near="•••• 1881", nums=[("masked_card", "•••• 1881")]))

    # ---------------- pl ----------------
    L.append(D("pl", "Przypomnienie o płatności – faktura HF-PL-8801", f"""Szanowny Panie Kowalski,

uprzejmie przypominamy, że faktura HF-PL-8801 na kwotę 31 200,00 zł za instalację fotowoltaiczną na budynku gospodarczym była płatna do 27 lutego 2026 r.

Prosimy o wpłatę przez {pay('PL8801')} lub przelewem na rachunek podany na fakturze, wpisując w tytule przelewu numer faktury.

Z poważaniem

{sig('pl', 'Agnieszka Wójcik')}
NIP 525-281-63-40""",
        why="Reminder with amount and due date; bank account left to the invoice; NIP is a public tax id and the invoice number is the payment reference.",
        near="w tytule przelewu numer faktury"))

    L.append(D("pl", "Wstrzymanie drugiego etapu montażu – Gmina Brzeziny", f"""Szanowna Pani Dyrektor,

faktury HF-PL-8790 i HF-PL-8812 (łącznie 146 500,00 zł) za pierwszy etap instalacji na budynkach szkół są przeterminowane o ponad 30 dni. Zgodnie z § 7 ust. 3 umowy nr 14/2025 montaż drugiego etapu zostaje wstrzymany do czasu uregulowania zaległości. Po zaksięgowaniu płatności niezwłocznie ustalimy nowy termin prac.

Jeśli płatność została już zlecona, prosimy o przesłanie potwierdzenia. W razie pytań nasz kierownik ds. rozliczeń jest do dyspozycji pod numerem +48 22 555 01 73.

Z poważaniem

{sig('pl', 'Marek Nowicki')}""",
        why="Municipality: pausing the next installation phase exactly as the contract provides is a stated business consequence; the new date is for the works, not for payment.",
        near="montaż drugiego etapu zostaje wstrzymany"))

    L.append(D("pl", "Re: Prośba o rozłożenie płatności na raty – HF-PL-8834", f"""Dzień dobry Pani Magdo,

dziękujemy za prośbę o rozłożenie faktury HF-PL-8834 (18 400,00 zł) na raty. Nie mogę samodzielnie zatwierdzić takiego rozwiązania, dlatego przekazałem Pani propozycję do naszego działu kredytowego, który odpowie w ciągu dwóch dni roboczych.

Do tego czasu faktura pozostaje płatna w pierwotnym terminie, tj. do 6 marca 2026 r.

Pozdrawiam serdecznie

{sig('pl', 'Marek Nowicki')}""",
        why="Instalment request passed to a person without agreeing; original due date restated.",
        near="przekazałem Pani propozycję do naszego działu kredytowego"))

    # ---------------- el ----------------
    L.append(D("el", "Υπενθύμιση: τιμολόγιο HF-GR-1207", f"""Αγαπητέ κύριε Παπαδόπουλε,

Σας υπενθυμίζουμε ότι το τιμολόγιο HF-GR-1207 ύψους 6.540,00 €, για το φωτοβολταϊκό σύστημα στη μονάδα σας στη Λάρισα, έληξε στις 27 Φεβρουαρίου 2026.

Μπορείτε να πληρώσετε στο {pay('GR1207')} ή με έμβασμα στον λογαριασμό που αναγράφεται στο τιμολόγιο, με κωδικό πληρωμής {N['rf_gr']}.

Με εκτίμηση,

{sig('el', 'Ελένη Καραγιάννη')}
ΑΦΜ 801234567""",
        why="Structured RF payment reference (not an account number) and our tax id; signature 'Τμήμα Εισπράξεων' is our own collections department.",
        near="κωδικό πληρωμής", nums=[("rf_reference", N['rf_gr'])]))

    L.append(D("el", "Απόρριψη πληρωμής – τιμολόγιο HF-GR-1233", f"""Καλησπέρα σας κυρία Νικολάου,

Η χρέωση για το τιμολόγιο HF-GR-1233 (185,00 €, ετήσια συντήρηση) στην κάρτα σας με τελευταία ψηφία •••• 4242 δεν εγκρίθηκε.

Μπορείτε να ενημερώσετε την κάρτα σας ή να πληρώσετε με άλλο τρόπο στο {pay('GR1233')}. Δεν θα σας ζητήσουμε ποτέ τα πλήρη στοιχεία της κάρτας σας με email.

Με εκτίμηση,

{sig('el', 'Ελένη Καραγιάννη')}""",
        why="Masked card, last four digits only.",
        near="•••• 4242", nums=[("masked_card", "•••• 4242")]))

    L.append(D("el", "Re: Τιμολόγιο HF-GR-1219", f"""Κύριε Γεωργίου,

Λυπούμαστε για την ταλαιπωρία που είχατε με την τράπεζά σας. Αν θέλετε να το συζητήσουμε, απαντήστε σε αυτό το μήνυμα ή καλέστε μας στο +30 210 555 0148 και ένας συνάδελφος θα σας βοηθήσει.

Το υπόλοιπο των 2.310,00 € για το τιμολόγιο HF-GR-1219 παραμένει ανοιχτό· η προθεσμία πληρωμής έληξε στις 9 Μαρτίου 2026.

Με εκτίμηση,

{sig('el', 'Νίκος Σταθόπουλος')}""",
        why="Sympathy for trouble with the customer's own bank and an offer to talk to a person; balance restated.",
        near="Λυπούμαστε για την ταλαιπωρία"))

    # ---------------- tr ----------------
    L.append(D("tr", "Hatırlatma: HF-TR-3350 numaralı fatura", f"""Sayın Yılmaz Bey,

Çatı tipi güneş enerjisi sisteminize ait HF-TR-3350 numaralı, 186.400,00 TL tutarındaki faturanın vadesi 20 Şubat 2026 tarihinde dolmuştur. Ödemenizi {pay('TR3350')} adresinden yapabilirsiniz.

Ödemeyi yaptıysanız dekontu bu e-postaya yanıt olarak iletmenizi rica ederiz.

Saygılarımızla,

Tahsilat Ekibi
Helioform Enerji A.Ş. – Vergi No: 4650123789""",
        why="Reminder signed by our own 'Tahsilat Ekibi' (collections team); tax number is a public id.",
        near="Tahsilat Ekibi"))

    L.append(D("tr", "Gecikme faizi hakkında – HF-TR-3371", f"""Sayın Demir Hanım,

Sorunuz üzerine bilgi vermek isteriz: imzaladığınız bakım sözleşmesinin 8. maddesi uyarınca, vadesini 30 günden fazla geçen bakiyelere aylık %3 gecikme faizi uygulanmaktadır. HF-TR-3371 numaralı 24.750,00 TL tutarındaki faturanın vadesi 2 Mart 2026'dır.

Ödemenizi {pay('TR3371')} adresinden yapabilirsiniz.

Saygılarımızla,

{sig('tr', 'Zeynep Arslan')}""",
        why="Restates the late-interest clause already in the signed contract; no new terms.",
        near="8. maddesi uyarınca"))

    L.append(D("tr", "Ödeme taahhüdünüz için teşekkürler – HF-TR-3388", f"""Merhaba Kemal Bey,

HF-TR-3388 numaralı faturanın (48.900,00 TL) ödemesini 31 Mart 2026 tarihinde yapacağınızı bildirdiğiniz için teşekkür ederiz. Bu tarihi hesabınıza not ettik; ödeme ulaştığında size onay göndereceğiz.

Faturanın vadesi ve ödeme koşulları değişmemiştir.

İyi çalışmalar,

{sig('tr', 'Zeynep Arslan')}""",
        why="Records the customer's own promise; due date and terms unchanged.",
        near="Bu tarihi hesabınıza not ettik"))
    return L
