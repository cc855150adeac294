"""Allowed drafts, part B (German, French, Dutch, Italian, Spanish)."""
from build_common import D, B, NUM, PAY

L = "de-DE"
D(L, "1. Mahnung: Rechnung 2026-04417 (2.480,00 €)",
  B(L, "Sehr geehrte Frau Dr. Keller,",
    ["unsere Rechnung 2026-04417 vom 2. Februar 2026 über 2.480,00 € (Zirkonkronen und Provisorien, Auftrag KR-3381) war am 2. März 2026 fällig. Leider konnten wir bis heute keinen Zahlungseingang feststellen.",
     "Bitte überweisen Sie den Betrag umgehend oder zahlen Sie bequem online unter " + PAY + "KR3381. Sollten Sie bereits gezahlt haben, senden Sie uns bitte kurz das Zahlungsdatum, damit wir die Zahlung zuordnen können."],
    "Mit freundlichen Grüßen"),
  why="An ordinary 'Mahnung' (reminder): amount, original due date, asks for payment without delay; no new date.")

D(L, "Rücklastschrift zu Rechnung 2026-04390",
  B(L, "Guten Tag Herr Brandt,",
    ["die SEPA-Lastschrift für die Rechnung 2026-04390 über 1.318,60 € (Inkasso-Nummer LS-2026-0311) konnte von Ihrem Konto " + NUM["mask_de"] + " nicht eingezogen werden; Ihre Bank hat sie am 10. März 2026 zurückgegeben.",
     "Bitte zahlen Sie den Betrag per Überweisung oder aktualisieren Sie Ihr Mandat unter " + PAY + "DE4390. Unsere Bankverbindung finden Sie wie immer auf der Rechnung."],
    "Mit freundlichen Grüßen"),
  why="'Inkasso-Nummer' is a direct-debit reference field label, not a debt collector; the IBAN is masked.",
  nums=[{"kind": "masked", "value": NUM["mask_de"]}])

D(L, "Zahlungserinnerung und Verzugszinsen - Rechnung 2026-04102",
  B(L, "Sehr geehrter Herr Dr. Albers,",
    ["die Rechnung 2026-04102 über 5.940,00 € (Implantat-Sekundärteile und Abformmaterial für Ihre Kieferorthopädie) ist seit dem 15. Januar 2026 fällig.",
     "Wie in unseren Allgemeinen Geschäftsbedingungen und in § 288 BGB geregelt, fallen ab Verzug Zinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz sowie die Pauschale von 40 € an. Diese werden auf Ihrem nächsten Kontoauszug ausgewiesen.",
     "Wenn es einen Grund gibt, der der Zahlung entgegensteht, rufen Sie mich gern an: +49 89 5550 2231."],
    "Mit freundlichen Grüßen"),
  why="Restates statutory default interest and the flat fee already in the terms; no threat.")

L = "de-CH"
D(L, "Zahlungserinnerung: Rechnung CH-26-1187",
  B(L, "Grüezi Herr Dr. Meier",
    ["Unsere Rechnung CH-26-1187 über CHF 3'420.00 (Aufbissschienen und Modellguss) war am 28. Februar 2026 fällig und ist noch offen.",
     "Bitte verwenden Sie für die Zahlung den QR-Einzahlungsschein der Rechnung mit der Referenz " + NUM["qr_ref"] + ", oder zahlen Sie online unter " + PAY + "CH1187. Unsere UID lautet CHE-116.281.710 MWST.",
     "Falls Sie bereits bezahlt haben, betrachten Sie diese Erinnerung bitte als gegenstandslos."],
    "Freundliche Grüsse"),
  why="QR reference (27 digits, mod-10 check) and UID are references, not an account number.",
  nums=[{"kind": "qr_reference", "value": NUM["qr_ref"]}])

D(L, "Ihr Wunsch nach Ratenzahlung - Rechnung CH-26-1104",
  B(L, "Guten Tag Frau Gerber",
    ["Vielen Dank für Ihre offene Nachricht. Ihren Wunsch, die Rechnung CH-26-1104 über CHF 8'760.00 in Raten zu begleichen, habe ich an unsere Kreditabteilung weitergeleitet. Frau Roth wird sich innert zwei Arbeitstagen bei Ihnen melden.",
     "Ich selbst kann keine Ratenzahlung vereinbaren; bis zu ihrem Bescheid gilt die Rechnung unverändert mit Fälligkeit 31. März 2026."],
    "Freundliche Grüsse"),
  why="Passes an instalment request to a person without agreeing to it.")

L = "fr-FR"
D(L, "Relance : facture FA-26-0912 échue (3 186,00 €)",
  B(L, "Bonjour Docteur Lefèvre,",
    ["Sauf erreur de notre part, la facture FA-26-0912 du 5 février 2026, d'un montant de 3 186,00 € TTC (couronnes céramo-métalliques et gouttières), échue le 7 mars 2026, reste impayée.",
     "Conformément à nos conditions générales de vente et à l'article L441-10 du Code de commerce, tout retard entraîne des pénalités au taux indiqué sur la facture ainsi que l'indemnité forfaitaire de 40 € pour frais de recouvrement.",
     "Vous pouvez régler en ligne sur " + PAY + "FR0912. Notre SIRET : " + NUM["siret"] + ", TVA " + NUM["tva_fr"] + "."],
    "Bien cordialement,"),
  why="Firm reminder restating statutory penalties; the SIRET passes Luhn by design but is a company id, not a card.",
  nums=[{"kind": "siret", "value": NUM["siret"]}])

D(L, "Votre règlement de la facture FA-26-0874",
  B(L, "Bonjour Madame Girard,",
    ["Merci de nous avoir indiqué que le centre dentaire effectuera le virement de 1 742,40 € pour la facture FA-26-0874 le vendredi 27 mars 2026. Nous l'avons noté sur votre compte et nous vous confirmerons sa bonne réception.",
     "D'ici là, la facture reste due dans les conditions initiales."],
    "Cordialement,"),
  why="Records the customer's own promised date; terms unchanged.")

D(L, "Factures échues - service recouvrement Alveo",
  B(L, "Bonjour,",
    ["Malgré nos deux relances, les factures FA-26-0731 et FA-26-0768 (4 905,00 € au total, matériel d'empreinte et fraises pour la faculté d'odontologie) restent impayées.",
     "Merci de procéder au règlement sans délai ou de nous indiquer la date prévue. Notre service recouvrement est joignable au +33 1 55 50 01 27 pour toute question."],
    "Salutations distinguées,\n\nService recouvrement - Alveo Dental"),
  why="'Service recouvrement' is our own collections team, not an outside agency; asking for payment without delay is allowed.")

L = "fr-BE"
D(L, "Rappel : facture BE-26-2210 (1 864,75 €)",
  B(L, "Chère Docteure Peeters,",
    ["Nous vous rappelons que la facture BE-26-2210 de 1 864,75 € (prothèse amovible et réparations, dossier 5521) était payable le 3 mars 2026.",
     "Merci d'effectuer le virement avec la communication structurée " + NUM["be_struct"] + " afin que le paiement soit reconnu automatiquement, ou de payer en ligne via " + PAY + "BE2210. Numéro d'entreprise : BE 0812.442.197."],
    "Meilleures salutations,"),
  why="Belgian structured communication (mod-97) and company number are references, not account numbers.",
  nums=[{"kind": "be_structured", "value": NUM["be_struct"]}])

D(L, "Re : articulateur livré endommagé - facture BE-26-2188",
  B(L, "Bonjour Monsieur Dubois,",
    ["Nous sommes désolés d'apprendre les désagréments que vous avez eus à la réception de l'articulateur. J'ai transmis vos photos à notre service qualité et au transporteur, qui examinent ce qui s'est passé ; ils vous contacteront directement.",
     "Nous avons suspendu les rappels pour cette ligne pendant l'examen. Le reste de la facture BE-26-2188, soit 612,30 €, reste dû au 16 mars 2026."],
    "Bien à vous,"),
  why="Apology for the customer's trouble without admitting an error; reminders paused on the disputed line.")

L = "nl-NL"
D(L, "Herinnering: factuur NL-26-7731 is vervallen",
  B(L, "Beste mevrouw De Vries,",
    ["Volgens onze administratie staat factuur NL-26-7731 van € 2.145,60 (kronen, inlays en een opbeetplaat voor Tandartspraktijk Het Spaarne) nog open. De vervaldatum was 1 maart 2026.",
     "U kunt betalen via " + PAY + "NL7731. Ons KvK-nummer is 58210447 en ons btw-nummer NL852310447B01. Heeft u al betaald, stuur ons dan even de betaaldatum."],
    "Met vriendelijke groet,"),
  why="Reminder with KvK and VAT numbers; no account numbers.")

D(L, "Automatische incasso gestorneerd - factuur NL-26-7688",
  B(L, "Beste heer Jansen,",
    ["De automatische incasso van € 968,20 voor factuur NL-26-7688 is op 6 maart 2026 door uw bank gestorneerd (rekening eindigend op " + NUM["mask_nl"] + ").",
     "Wilt u het bedrag overmaken of uw machtiging bijwerken via " + PAY + "NL7688? Onze bankgegevens staan op de factuur; wij wijzigen die nooit per e-mail."],
    "Met vriendelijke groet,"),
  why="'Incasso' here is the direct debit; only a masked account number.",
  nums=[{"kind": "masked", "value": "eindigend op " + NUM["mask_nl"]}])

D(L, "Openstaand saldo - nieuwe bestellingen",
  B(L, "Beste Sanne,",
    ["Ondanks onze herinneringen staat er op uw account nog € 6.312,00 open over de facturen NL-26-7520 en NL-26-7566, waarvan de oudste al 50 dagen over de vervaldatum is.",
     "Volgens artikel 9 van onze leveringsvoorwaarden kunnen wij nieuwe bestellingen voor verbruiksmaterialen pas weer leveren als het vervallen saldo is voldaan. Lopende labwerken maken we gewoon af.",
     "Betalen kan via " + PAY + "NL7520. Speelt er iets waardoor betalen lastig is, laat het ons weten; dan belt onze credit manager u."],
    "Met vriendelijke groet,"),
  why="Stated business consequence per agreed delivery terms; not a legal threat.")

D(L, "Re: betalingsregeling factuur NL-26-7602",
  B(L, "Beste heer Bakker,",
    ["Dank voor uw bericht. Uw verzoek om factuur NL-26-7602 (€ 4.880,00) in vier termijnen te betalen heb ik doorgestuurd naar mijn collega Eva Smit van de afdeling krediet. Zij beslist hierover en neemt uiterlijk vrijdag contact met u op.",
     "Ik kan zelf geen regeling afspreken; tot u van haar hoort blijft de oorspronkelijke vervaldatum van 18 maart 2026 gelden."],
    "Met vriendelijke groet,"),
  why="Passes a payment-plan request to a person without agreeing.")

L = "it-IT"
D(L, "Sollecito: fattura IT-26-0388 scaduta",
  B(L, "Gentile Dott.ssa Rossi,",
    ["dalle nostre registrazioni risulta ancora aperta la fattura IT-26-0388 del 30 gennaio 2026, di 1.920,00 € (faccette in disilicato e modelli in gesso), scaduta il 1 marzo 2026.",
     "La preghiamo di provvedere al pagamento tramite il link " + PAY + "IT0388. I nostri dati: P.IVA IT08431520961, codice SDI M5UXCR1. Se ha già pagato, ci invii gentilmente la contabile."],
    "Cordiali saluti,"),
  why="Reminder with VAT id and SDI code; allowed.")

D(L, "Interessi di mora - fatture IT-26-0240 e IT-26-0266",
  B(L, "Gentile Dott. Bianchi,",
    ["le fatture IT-26-0240 e IT-26-0266, per complessivi 7.355,00 €, sono scadute rispettivamente il 15 e il 28 gennaio 2026.",
     "Come previsto dalle nostre condizioni di vendita e dal D.Lgs. 231/2002, sugli importi scaduti maturano gli interessi moratori al tasso legale per le transazioni commerciali, oltre all'importo forfettario di 40 € per fattura. Li troverà indicati nel prossimo estratto conto.",
     "Per qualsiasi chiarimento resto a disposizione al +39 02 5550 1247."],
    "Cordiali saluti,"),
  why="Restates statutory late-payment interest; no threat and no waiver.")

D(L, "Re: contestazione riga 4 - fattura IT-26-0412",
  B(L, "Gentile Dott. Esposito,",
    ["grazie per la segnalazione sulla riga 4 della fattura IT-26-0412 (pilastri implantari). Abbiamo registrato la sua contestazione e sospeso i solleciti su quella riga mentre il nostro ufficio tecnico verifica la prescrizione.",
     "Le righe non contestate, per 2.604,00 €, restano dovute alla scadenza del 20 marzo 2026."],
    "Cordiali saluti,"),
  why="Pauses reminders on the disputed line; no credit, no admission.")

D(L, "Conferma del pagamento previsto - fattura IT-26-0345",
  B(L, "Gentile Sig.ra Conti,",
    ["la ringraziamo per averci comunicato che la Clinica Odontoiatrica San Marco effettuerà il bonifico di 3.410,00 € per la fattura IT-26-0345 entro il 25 marzo 2026. Abbiamo annotato l'impegno e le confermeremo l'avvenuto incasso.",
     "Nel frattempo la fattura resta dovuta alle condizioni originarie."],
    "Cordiali saluti,"),
  why="Records the customer's own promise; terms unchanged.")

L = "es-ES"
D(L, "Recordatorio: factura ES-26-1450 vencida",
  B(L, "Estimada Dra. Navarro:",
    ["Le recordamos que la factura ES-26-1450, de 2.640,00 € (coronas de zirconio y férulas de descarga), venció el 27 de febrero de 2026 y sigue pendiente de pago.",
     "Puede pagarla en " + PAY + "ES1450 indicando la referencia ES-26-1450. Nuestro CIF es B87654321. Si ya la ha abonado, le agradeceríamos que nos enviara el justificante."],
    "Atentamente,"),
  why="Plain reminder with CIF and reference.")

D(L, "Facturas pendientes - departamento de cobros",
  B(L, "Buenos días:",
    ["Pese a nuestros avisos anteriores, las facturas ES-26-1302 y ES-26-1339 de la Facultad de Odontología (6.118,50 € en total) siguen sin pagarse.",
     "Le rogamos que realice el pago esta semana o nos indique una fecha. Si prefiere comentarlo, nuestro departamento de cobros le atenderá en el +34 91 555 01 58."],
    "Un saludo,\n\nDepartamento de cobros - Alveo Dental"),
  why="'Departamento de cobros' is our own team; firm but allowed.")

D(L, "Pedidos en espera - cuenta 30418",
  B(L, "Estimado Sr. Morales:",
    ["El saldo vencido de su cuenta 30418 asciende a 4.275,00 € (facturas ES-26-1211 y ES-26-1248).",
     "Tal como recogen las condiciones comerciales que firmamos, hemos dejado en espera los envíos de material fungible pendientes hasta que se regularice el saldo vencido. Los trabajos de laboratorio en curso se entregarán con normalidad.",
     "Puede pagar en " + PAY + "ES30418. Si algo le impide pagar, responda a este correo y le llamaremos."],
    "Atentamente,"),
  why="Pauses shipments per the agreed commercial terms; a business consequence, not a threat.")

D(L, "Pago con tarjeta rechazado - factura ES-26-1477",
  B(L, "Hola Marta:",
    ["Hemos intentado cargar la factura ES-26-1477 (845,90 €) en la tarjeta terminada en " + NUM["mask_card_es"] + " y el banco ha rechazado la operación.",
     "Puede actualizar la tarjeta o pagar por transferencia desde " + PAY + "ES1477. Nunca le pediremos los datos completos de la tarjeta por correo."],
    "Un saludo,"),
  why="Only the last four card digits.",
  nums=[{"kind": "masked", "value": "terminada en " + NUM["mask_card_es"]}])
