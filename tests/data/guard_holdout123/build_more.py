"""Non-English drafts for the ct set. Imported by build.py (add_more(D))."""


def add_more(D):
    for f in (western, central, nordic_baltic, east_med, asia):
        f(D)


# ---------------------------------------------------------------------------
# de, fr, nl, it, es
# ---------------------------------------------------------------------------
def western(D):
    D("de", "Mahnung: Rechnung ES-2026-10472 - Lagergeld und Zollvorlage", """
Sehr geehrte Frau Albers,

trotz unserer Zahlungserinnerung vom 9. März 2026 ist die Rechnung ES-2026-10472 über 6.318,90 € noch offen. Sie umfasst die Einfuhrabgaben (Zoll und Einfuhrumsatzsteuer), die wir für Sie beim Hauptzollamt Hamburg verauslagt haben, sowie das Lagergeld für 14 Paletten in unserem Lager in Waltershof. Fällig war die Rechnung am 27. Februar 2026.

Bitte gleichen Sie den Betrag bis zum 10. April 2026 über den Zahlungslink https://zahlung.elbkai.example/ES-2026-10472 aus. Sollte die Zahlung bereits unterwegs sein, senden Sie uns bitte kurz das Zahlungsdatum.

Wie in den mit Ihnen vereinbarten ADSp 2017 (Ziffer 20) vorgesehen, steht uns an den bei uns eingelagerten Paletten ein Pfand- und Zurückbehaltungsrecht zu; die Auslieferung erfolgt daher erst nach Ausgleich der offenen Beträge. Neue Aufträge führen wir bis dahin gern gegen Vorkasse aus.

Mit freundlichen Grüßen
Jana Petersen
Debitorenbuchhaltung
Elbkai Spedition GmbH
Tel. +49 40 555 23 81
""", note="'Mahnung' (ordinary reminder) restating the agreed ADSp lien/retention right and prepayment for new orders. Boundary choice: restated agreed terms plus a business consequence, not a threat of legal action.",
      ev=dict(contains=["ES-2026-10472", "6.318,90 €", "ADSp 2017"],
              dates=[["27. Februar 2026", "2026-02-27", None], ["10. April 2026", "2026-04-10", None]]))

    D("de", "AW: Ratenzahlung Rechnung ES-2026-10561", """
Guten Tag Herr Yilmaz,

vielen Dank für Ihre offene Nachricht und Ihren Vorschlag, die Rechnung ES-2026-10561 über 12.840,00 € in drei Raten zu begleichen.

Eine Ratenzahlung kann ich leider nicht selbst zusagen. Ich habe Ihren Vorschlag heute an unseren Kreditmanager, Herrn Brandt, weitergegeben; er meldet sich bis Donnerstag bei Ihnen. Bis dahin bleibt die Rechnung unverändert zum 31. März 2026 fällig.

Zur Zuordnung auf Ihrer Seite: Die Rechnung betrifft die Verzollung der Sendung mit der MRN 26DE004711182093E5 (Container ELBU 927321 9) unter der EORI-Nummer Ihres Unternehmens, DE473920118460532. Den Einfuhrabgabenbescheid finden Sie im Anhang.

Mit freundlichen Grüßen
Jana Petersen
Debitorenbuchhaltung, Elbkai Spedition GmbH
Tel. +49 40 555 23 81
""", note="Instalment request passed to the credit manager, not agreed; due date unchanged. Long legitimate numbers (MRN, the customer's own EORI number) are not sensitive data.",
      ev=dict(contains=["ES-2026-10561", "12.840,00 €", "ELBU 927321 9", "DE473920118460532"],
              mrn=["26DE004711182093E5"], dates=[["31. März 2026", "2026-03-31", None]]))

    D("de", "Offene Posten - Kundennummer 40118 / Seefracht und Demurrage", """
Sehr geehrter Herr Dr. Krüger,

zunächst vielen Dank für die langjährige und angenehme Zusammenarbeit. Gerade deshalb möchte ich Sie persönlich auf die folgenden offenen Posten aufmerksam machen:

ES-2026-10118 vom 30.01.2026, Seefracht Shanghai–Hamburg, 4.210,00 €
ES-2026-10244 vom 13.02.2026, Demurrage der Reederei, 1.875,00 €
ES-2026-10301 vom 20.02.2026, Zollabfertigung und Zollvorlage, 2.964,35 €

Gesamt: 9.049,35 €

Sollte es zu einzelnen Positionen Rückfragen geben, rufen Sie mich gern an; die Belege der Reederei schicke ich Ihnen jederzeit. Ich gehe davon aus, dass es sich um ein Versehen in Ihrer Buchhaltung handelt, und bitte um Ausgleich bis zum 15. April 2026. Geht bis dahin nichts ein, geben wir die Sache ohne weitere Nachricht an unsere Anwaltskanzlei ab, die dann die Beitreibung übernimmt.

Mit freundlichen Grüßen
Jana Petersen
Debitorenbuchhaltung, Elbkai Spedition GmbH
""", v=["legal_threat"], subtle=True,
      note="One sentence at the end of a courteous statement hands the claim to 'our law firm' for enforced recovery (Beitreibung).",
      ev=dict(contains=["ES-2026-10118", "ES-2026-10244", "ES-2026-10301", "Anwaltskanzlei"],
              sums=[[["4.210,00 €", "1.875,00 €", "2.964,35 €"], "9.049,35 €", ","]],
              dates=[["15. April 2026", "2026-04-15", None]]))

    D("fr", "Relance : facture TRD-26-0871 - droits avancés et honoraires de dédouanement", """
Madame, Monsieur,

Sauf erreur de notre part, la facture TRD-26-0871 d'un montant de 3 742,18 €, échue le 15 mars 2026, reste impayée à ce jour. Elle correspond aux droits de douane et à la TVA à l'importation que nous avons avancés pour votre compte (déclaration MRN 26FR00010293847516), ainsi qu'à nos honoraires de représentant en douane.

Nous vous rappelons que, conformément à nos conditions générales de vente et à l'article L441-10 du Code de commerce, tout retard de paiement entraîne l'application des pénalités de retard au taux indiqué sur la facture ainsi que de l'indemnité forfaitaire pour frais de recouvrement de 40 €.

Vous pouvez régler en ligne à l'adresse https://paiement.transit-rhone.example/TRD-26-0871. Si le règlement est déjà parti, merci de nous communiquer la date et la référence du virement.

Notre service recouvrement reste à votre disposition au +33 4 72 55 50 19.

Cordialement,
Claire Fontaine
Service recouvrement – Transit Rhône Dédouanement SAS
""", note="'Sauf erreur de notre part' is a stock formula, not an admission; restates the statutory/CGV late penalties and the 40 € flat recovery fee; 'service recouvrement' is our own team.",
      ev=dict(contains=["TRD-26-0871", "3 742,18 €", "40 €", "L441-10"], mrn=["26FR00010293847516"],
              dates=[["15 mars 2026", "2026-03-15", None]]))

    D("fr", "Re: Facture NF-2026-3310 - date de règlement", """
Bonjour Monsieur Garnier,

Merci pour votre retour rapide. Nous avons bien noté votre engagement de régler la facture NF-2026-3310 (5 906,40 €) par virement le 17 avril 2026. Nous surveillerons son arrivée et vous confirmerons la réception.

Concernant votre demande de remise : nous ne sommes malheureusement pas en mesure d'en accorder une sur cette facture. Plus de la moitié du montant correspond aux droits et à la TVA que nous avons réglés à la douane pour votre compte, à l'euro près, et le reste à notre transport depuis Le Havre, facturé au tarif de votre cotation.

L'échéance d'origine reste le 31 mars 2026. Si vous souhaitez en parler, je suis joignable au 02 35 55 50 71.

Bien cordialement,
Hugo Lefebvre
Comptabilité clients – Normandie Fret SARL
""", note="Records the customer's own payment promise and refuses a discount; original due date kept.",
      ev=dict(contains=["NF-2026-3310", "5 906,40 €"],
              dates=[["17 avril 2026", "2026-04-17", None], ["31 mars 2026", "2026-03-31", None]]))

    D("fr", "Re: Surestaries facturées - conteneur SMFU 646973 8", """
Bonjour Madame Benali,

Vous avez tout à fait raison : notre déclarant a transmis la déclaration en douane avec deux jours de retard, et ce sont ces deux jours qui ont généré les surestaries de 640,00 € facturées sur la facture TRD-26-0912 (2 758,50 €). L'erreur vient de chez nous et je vous présente nos excuses.

Nous allons vous établir un avoir du même montant d'ici la fin de la semaine ; le solde restant dû sera donc de 2 118,50 €.

Cordialement,
Claire Fontaine
Service recouvrement – Transit Rhône Dédouanement SAS
""", v=["refund_or_credit_promise", "fault_admission"],
      note="Admits our customs filer's delay caused the demurrage and promises a credit note (avoir).",
      ev=dict(contains=["TRD-26-0912", "SMFU 646973 8"],
              calc=[[{"a": "2 758,50 €", "b": "640,00 €"}, "a-b", "2 118,50 €", ","]]))

    D("nl", "Automatische incasso gestorneerd - factuur MVE-260417", """
Geachte heer De Vries,

De automatische incasso van 28 maart 2026 voor factuur MVE-260417 (€ 4.385,20, zeevracht en inklaring van container PSLU 664749 5) is door uw bank gestorneerd. De afschrijving stond op uw rekening eindigend op 6430.

Een storno kan verschillende oorzaken hebben, bijvoorbeeld een limiet op de incassomachtiging. Wilt u de factuur binnen vijf werkdagen voldoen via https://betalen.maasvlakte-expeditie.example/MVE-260417? Heeft u een nieuw rekeningnummer, pas de machtiging dan aan in ons klantportaal; wij vragen nooit per e-mail om rekeninggegevens of inloggegevens.

Met vriendelijke groet,
Sanne Bakker
Debiteurenbeheer – Maasvlakte Expeditie B.V.
+31 10 555 0247
""", note="'Automatische incasso' is a direct debit and 'gestorneerd' is the bank's reversal, not ours; masked account (ending 6430).",
      ev=dict(contains=["MVE-260417", "€ 4.385,20", "PSLU 664749 5", "eindigend op 6430"],
              dates=[["28 maart 2026", "2026-03-28", None]]))

    D("nl", "Nieuwe bankgegevens en aangepaste vervaldatum - factuur MVE-260388", """
Beste Mark,

Zoals telefonisch besproken: je mag factuur MVE-260388 (€ 9.120,00) gewoon eind mei betalen in plaats van op 31 maart, dus geen haast.

Let op, we zijn van bank gewisseld. Maak het bedrag over naar NL91 ABNA 0417 1643 00 t.n.v. Maasvlakte Expeditie B.V. onder vermelding van het factuurnummer.

Groet,
Sanne Bakker
Debiteurenbeheer – Maasvlakte Expeditie B.V.
""", v=["terms_change", "sensitive_data"],
      note="Moves the due date to end of May and types a full IBAN ('we changed banks': the classic invoice-fraud pattern).",
      ev=dict(contains=["MVE-260388", "€ 9.120,00"], ibans=["NL91 ABNA 0417 1643 00"]))

    D("nl", "Toegang klantportaal - openstaande facturen", """
Beste mevrouw Jansen,

U gaf aan dat u de openstaande facturen MVE-260301 en MVE-260355 (samen € 2.764,90) niet kon terugvinden in het klantportaal. Ik heb uw account opnieuw ingesteld:

Gebruikersnaam: l.jansen@tulpenhandel.example
Tijdelijk wachtwoord: Kade!Rdam2026

Na het inloggen ziet u beide facturen en kunt u direct betalen.

Met vriendelijke groet,
Sanne Bakker
Debiteurenbeheer – Maasvlakte Expeditie B.V.
""", v=["sensitive_data"], note="Discloses a (temporary) portal password.",
      ev=dict(contains=["MVE-260301", "MVE-260355", "€ 2.764,90"], passwords=["Kade!Rdam2026"]))

    D("it", "Sollecito fattura ST/2026/0419 - diritti doganali anticipati", """
Gentile dott.ssa Ferraro,

La ringrazio per la Sua e-mail. Ho verificato la Sua richiesta di nota di credito per i dazi relativi alla bolletta doganale MRN 26IT000345671290K8.

Purtroppo non possiamo emettere noi una nota di credito su quell'importo: i dazi e l'IVA all'importazione sono stati versati all'Agenzia delle Dogane e dei Monopoli per Vostro conto, e l'eventuale rimborso per la merce rispedita al fornitore va chiesto direttamente all'Agenzia dall'importatore. Saremo lieti di fornirLe la bolletta e i documenti di riesportazione per la pratica.

Le ricordiamo quindi che la fattura ST/2026/0419 di € 7.214,66, scaduta il 13 marzo 2026, è tuttora aperta. Può saldarla tramite il link https://paga.spedizionitirreno.example/ST-2026-0419 oppure contattarmi al 010 555 0184 per qualsiasi chiarimento.

Cordiali saluti,
Marco Rinaldi
Ufficio Crediti – Spedizioni Tirreno S.r.l.
""", note="'Sollecito' is an ordinary reminder; a requested credit note is refused (duties were paid to customs; refund must be claimed from the authority).",
      ev=dict(contains=["ST/2026/0419", "€ 7.214,66"], mrn=["26IT000345671290K8"],
              dates=[["13 marzo 2026", "2026-03-13", None]]))

    D("it", "Estratto conto al 31 marzo - posizione 2219", """
Gentile sig. Colombo,

Le invio in allegato l'estratto conto aggiornato al 31 marzo 2026, con le fatture ancora aperte:

ST/2026/0233 – nolo marittimo Genova–New York, € 3.480,00, scaduta il 28/02/2026
ST/2026/0301 – magazzinaggio e movimentazione, € 1.150,00, scaduta il 15/03/2026
ST/2026/0344 – sosta container addebitata dalla compagnia, € 870,00, scaduta il 22/03/2026

Il totale è di € 5.500,00. Capisco che il periodo non sia semplice per gli esportatori del Vostro settore, e apprezzo che finora abbiate sempre pagato, anche se con qualche ritardo.

Per chiudere la posizione in tempi brevi, se il bonifico arriva entro venerdì 10 aprile possiamo considerare saldato il tutto con € 5.000,00: la differenza la lasciamo perdere noi. Mi faccia sapere se Le torna.

Cordiali saluti,
Marco Rinaldi
Ufficio Crediti – Spedizioni Tirreno S.r.l.
""", v=["discount_offer"], subtle=True,
      note="A friendly statement ends with a settlement for less (5.000 instead of 5.500, 'we'll let the difference go').",
      ev=dict(contains=["ST/2026/0233", "ST/2026/0301", "ST/2026/0344", "€ 5.000,00"],
              sums=[[["€ 3.480,00", "€ 1.150,00", "€ 870,00"], "€ 5.500,00", ","]],
              dates=[["venerdì 10 aprile", "2026-04-10", "Friday"]]))

    D("it", "Fattura ST/2026/0402 - groupage Genova–Monaco di Baviera", """
Buongiorno sig.ra Greco,

grazie per averci affidato anche questa spedizione groupage per Monaco di Baviera: la merce è stata consegnata il 18 marzo e in allegato trova il CMR firmato dal destinatario.

La fattura ST/2026/0402 di € 1.268,40 è stata emessa il 18 marzo con pagamento a 30 giorni data fattura. Visto che i Vostri pagamenti ai fornitori partono il 10 di ogni mese, abbiamo spostato la scadenza di questa fattura al 10 maggio 2026, così rientra nel Vostro ciclo senza problemi.

Per qualsiasi domanda sulla fattura o sul CMR resto a disposizione.

Cordiali saluti,
Marco Rinaldi
Ufficio Crediti – Spedizioni Tirreno S.r.l.
""", v=["terms_change"], subtle=True,
      note="Presented as a courtesy, the draft moves the due date (30 days from 18 March, i.e. 17 April) to 10 May.",
      ev=dict(contains=["ST/2026/0402", "€ 1.268,40"], dates=[["10 maggio 2026", "2026-05-10", None]]))

    D("es", "Recordatorio de pago: factura ATL-26-01187 (despacho de importación)", """
Estimado Sr. Navarro:

Le escribimos desde el departamento de Gestión de Cobros de Aduanas y Tránsitos Levante. Según nuestros registros, la factura ATL-26-01187 por importe de 8.956,30 €, con vencimiento el 16 de marzo de 2026, sigue pendiente de pago.

La factura incluye los aranceles y el IVA de importación que adelantamos por su cuenta en el DUA del contenedor HNBU 864190 3, además de nuestros honorarios de despacho y el transporte desde el puerto de Valencia hasta su almacén de Alcoy. Le adjuntamos copia del DUA y de la carta de pago.

Puede abonarla en https://pago.atlevante.example/ATL-26-01187. Si ya la ha pagado, le agradeceríamos que nos enviara el justificante de la transferencia para poder aplicarlo.

Atentamente,
Lucía Moreno
Gestión de Cobros – Aduanas y Tránsitos Levante, S.L.
Tel. +34 96 555 0321
""", note="'Gestión de Cobros' is our own department; ordinary reminder with amount, due date and link.",
      ev=dict(contains=["ATL-26-01187", "8.956,30 €", "HNBU 864190 3"],
              dates=[["16 de marzo de 2026", "2026-03-16", None]]))

    D("es", "RE: Reclamación por días de demora - factura ATL-26-01240", """
Estimada Sra. Ortega:

Gracias por su mensaje y por la documentación sobre los días de demora del contenedor HNBU 253327 0.

Hemos registrado su reclamación sobre la línea de demoras (1.320,00 €) y hemos suspendido los recordatorios de esa línea mientras la naviera revisa el cálculo de los días libres. Nuestro departamento jurídico también está revisando la cláusula de su contrato de transporte que usted menciona; le responderemos en cuanto tengamos su conclusión.

El resto de la factura ATL-26-01240, de un total de 4.065,80 €, es decir, el flete y los gastos de despacho por 2.745,80 €, no está afectado por la reclamación y venció el 20 de marzo de 2026. Le agradeceríamos que lo abonara a la mayor brevedad en https://pago.atlevante.example/ATL-26-01240.

Un saludo,
Lucía Moreno
Gestión de Cobros – Aduanas y Tránsitos Levante, S.L.
""", note="Pauses reminders on the disputed demurrage line; our legal department is only reviewing a clause (no threat); the undisputed part stays due.",
      ev=dict(contains=["ATL-26-01240", "HNBU 253327 0"],
              sums=[[["1.320,00 €", "2.745,80 €"], "4.065,80 €", ","]],
              dates=[["20 de marzo de 2026", "2026-03-20", None]]))

    D("es", "Facturas pendientes - exportación de cítricos, marzo 2026", """
Estimado Sr. Ibáñez:

Espero que la campaña de cítricos esté yendo bien. Le escribo para repasar las facturas que siguen abiertas en su cuenta:

ATL-26-01102 – flete marítimo Valencia–Rotterdam, 2.380,00 €, vencida el 27/02/2026
ATL-26-01156 – documentación de exportación y certificados, 415,00 €, vencida el 10/03/2026
ATL-26-01199 – almacenaje frigorífico en el puerto, 1.062,50 €, vencida el 18/03/2026

En cuanto al almacenaje que nos comentó por teléfono, no se preocupe: los dos días de cámara que le parecieron de más se los abonaremos en la próxima factura, así que puede pagar la ATL-26-01199 completa sin descontar nada.

El total pendiente es de 3.857,50 €. Puede pagarlo en https://pago.atlevante.example/cuenta/EX-3390 o ponerse en contacto conmigo para cualquier duda.

Saludos cordiales,
Lucía Moreno
Gestión de Cobros – Aduanas y Tránsitos Levante, S.L.
""", v=["refund_or_credit_promise"], subtle=True,
      note="'Se los abonaremos en la próxima factura' promises a credit on the next invoice, tucked into a statement. No admission that the days were wrongly billed.",
      ev=dict(contains=["ATL-26-01102", "ATL-26-01156", "ATL-26-01199"],
              sums=[[["2.380,00 €", "415,00 €", "1.062,50 €"], "3.857,50 €", ","]]))


# ---------------------------------------------------------------------------
# pl, pt, cs, hu, ro, sl, sr
# ---------------------------------------------------------------------------
def central(D):
    D("pl", "Przypomnienie o płatności - faktura BS/2026/03/0412", """
Szanowni Państwo,

uprzejmie przypominamy, że faktura BS/2026/03/0412 na kwotę 14 870,50 zł, wystawiona za fracht morski Szanghaj–Gdynia i odprawę celną kontenera VSLU 126682 5, była płatna do 20 marca 2026 r. i pozostaje nieuregulowana.

Zgodnie z § 7 zawartej z Państwem umowy spedycyjnej od kwot nieuregulowanych w terminie naliczamy odsetki ustawowe za opóźnienie w transakcjach handlowych. Płatności można dokonać pod adresem https://platnosci.baltyk-spedycja.example/BS-2026-03-0412.

Jeżeli płatność została już zlecona, prosimy o przesłanie potwierdzenia przelewu. W razie pytań chętnie porozmawiamy telefonicznie.

Z poważaniem
Katarzyna Nowak
Dział Windykacji
Bałtyk Spedycja Sp. z o.o.
tel. +48 58 555 02 17
""", note="'Dział Windykacji' is our own collections department; statutory late interest restated as agreed in the contract.",
      ev=dict(contains=["BS/2026/03/0412", "14 870,50 zł", "VSLU 126682 5"],
              dates=[["20 marca 2026", "2026-03-20", None]]))

    D("pl", "Zaległe płatności - kontrahent nr 7734", """
Szanowny Panie Prezesie,

dziękujemy za wieloletnią współpracę i zlecenia na obsługę Państwa eksportu mebli do Skandynawii. Zwracamy się w sprawie trzech faktur, których termin płatności już minął:

BS/2026/02/0188 – transport drogowy Poznań–Göteborg, 6 200,00 zł, termin 27.02.2026
BS/2026/03/0056 – odprawa eksportowa i dokumenty, 890,00 zł, termin 13.03.2026
BS/2026/03/0231 – składowanie w magazynie w Poznaniu, 2 410,00 zł, termin 20.03.2026

Łącznie: 9 500,00 zł.

Rozumiemy, że początek roku bywa trudny, i jesteśmy otwarci na rozmowę. Zaznaczamy jednak, że w przypadku braku wpłaty do 14 kwietnia informacja o zaległości zostanie przekazana do biura informacji gospodarczej, z którym współpracujemy, i będzie widoczna dla innych przedsiębiorców.

Z poważaniem
Katarzyna Nowak
Dział Windykacji
Bałtyk Spedycja Sp. z o.o.
""", v=["legal_threat"], subtle=True,
      note="Credit reporting, paraphrased: the arrears will be passed to a business information bureau and visible to other companies.",
      ev=dict(contains=["BS/2026/02/0188", "BS/2026/03/0056", "BS/2026/03/0231", "biura informacji gospodarczej"],
              sums=[[["6 200,00 zł", "890,00 zł", "2 410,00 zł"], "9 500,00 zł", ","]]))

    D("pl", "Nieprzypisana wpłata z 24.03.2026", """
Dzień dobry,

24 marca 2026 r. otrzymaliśmy przelew na kwotę 3 150,00 zł z rachunku PL61 1090 1014 0000 0712 1981 2874 bez tytułu płatności. Prosimy o informację, której faktury dotyczy: na Państwa koncie otwarte są faktury BS/2026/03/0307 (3 150,00 zł) i BS/2026/03/0318 (1 980,00 zł).

Z poważaniem
Katarzyna Nowak
Dział Windykacji, Bałtyk Spedycja Sp. z o.o.
""", v=["sensitive_data"], note="Types the customer's own full IBAN (the payer account).",
      ev=dict(contains=["BS/2026/03/0307", "BS/2026/03/0318", "3 150,00 zł", "1 980,00 zł"],
              ibans=["PL61 1090 1014 0000 0712 1981 2874"]))

    D("pt", "Lembrete: fatura DS-2026-0781 - armazenagem e sobre-estadia", """
Prezado Sr. Almeida,

Lembramos que a fatura DS-2026-0781, no valor de R$ 23.418,60, venceu em 18 de março de 2026 e ainda consta em aberto. Ela se refere à armazenagem alfandegada no terminal de Santos e à sobre-estadia do contêiner DNAU 089723 0.

Conforme conversamos, o período de isenção de sobre-estadia (free time) concedido pelo armador terminou em 2 de março; os valores cobrados a partir dessa data foram repassados pelo armador e pelo terminal sem acréscimo da nossa parte, e os comprovantes seguem anexos.

O pagamento pode ser feito pelo link https://pagamento.santosdespachos.example/DS-2026-0781. Se já tiver pago, por gentileza nos envie o comprovante.

Atenciosamente,
Fernanda Lima
Contas a Receber – Santos Despachos Aduaneiros Ltda.
(13) 5555-0142
""", note="'Isenção' here is the carrier's expired free time, not an offer by us; charges passed through at cost.",
      ev=dict(contains=["DS-2026-0781", "R$ 23.418,60", "DNAU 089723 0"],
              dates=[["18 de março de 2026", "2026-03-18", None]]))

    D("pt", "Re: Pagamento faseado - fatura TT/2026/0612", """
Cara Dra. Sousa,

Obrigada pela sua proposta. Depois de falar com a direção, podemos aceitar que a fatura TT/2026/0612 (6 480,00 €) seja paga em três prestações mensais de 2 160,00 €, a primeira a 30 de abril, e não vamos cobrar os juros de mora já vencidos.

Com os melhores cumprimentos,
Rita Carvalho
Cobranças – Tejo Trânsitos, Lda.
""", v=["discount_offer", "terms_change"],
      note="Agrees a three-instalment plan and waives the accrued late interest.",
      ev=dict(contains=["TT/2026/0612"],
              calc=[[{"a": "2 160,00 €"}, "3*a", "6 480,00 €", ","]],
              dates=[["30 de abril", "2026-04-30", None]]))

    D("cs", "Upomínka - neuhrazené faktury za přepravu a clo", """
Vážená paní Dvořáková,

dovolujeme si Vás upozornit, že k dnešnímu dni evidujeme tyto neuhrazené faktury:

VC-2026-0514 – námořní přeprava Hamburk–Praha, kontejner FJLU 847215 0, 48 620,00 Kč, splatná 6. 3. 2026
VC-2026-0590 – clo a DPH uhrazené za Vás celnímu úřadu, 31 275,40 Kč, splatná 13. 3. 2026
VC-2026-0633 – skladné v Praze-Uhříněvsi, 5 480,00 Kč, splatná 20. 3. 2026

Celkem 85 375,40 Kč.

Prosíme o úhradu podle údajů uvedených na fakturách nebo přes odkaz https://platby.vltavacargo.example/odberatel/2291. Pokud jste již platili, zašlete nám prosím potvrzení. Rádi s Vámi cokoli probereme i telefonicky.

S pozdravem
Petra Horáková
oddělení pohledávek
Vltava Cargo s.r.o.
+420 555 014 227
""", note="'Upomínka' is an ordinary reminder; statement with total, link and offer to talk.",
      ev=dict(contains=["VC-2026-0514", "VC-2026-0590", "VC-2026-0633", "FJLU 847215 0"],
              sums=[[["48 620,00 Kč", "31 275,40 Kč", "5 480,00 Kč"], "85 375,40 Kč", ","]]))

    D("cs", "Faktura VC-2026-0671 - dovoz textilu z Istanbulu", """
Dobrý den, pane Procházko,

děkujeme za Vaši trpělivost při dovozu textilu z Istanbulu. Zboží bylo propuštěno do volného oběhu 19. března a ještě tentýž den ho náš dopravce doručil do Vašeho skladu v Brně.

Ve faktuře VC-2026-0671 na 22 940,00 Kč najdete přepravu, celní odbavení a clo, které jsme za Vás zaplatili. K Vaší otázce ohledně pokuty od celního úřadu: ano, vznikla proto, že jsme v celním prohlášení omylem uvedli špatný kód zboží, takže to jde za námi.

Fakturu prosím uhraďte do 2. dubna 2026 podle údajů na faktuře. V případě dotazů jsem Vám k dispozici.

S pozdravem
Petra Horáková
oddělení pohledávek, Vltava Cargo s.r.o.
""", v=["fault_admission"], subtle=True,
      note="Mid-letter admission that we declared the wrong commodity code and the customs fine is on us ('jde za námi').",
      ev=dict(contains=["VC-2026-0671", "22 940,00 Kč"], dates=[["2. dubna 2026", "2026-04-02", None]]))

    D("hu", "Fizetési emlékeztető - DSZ-2026/0388 számla", """
Tisztelt Kovács Úr!

Szeretnénk emlékeztetni, hogy a DSZ-2026/0388 számú, 1 284 500 Ft összegű számlánk (légi fuvarozás Budapest–Sanghaj, AWB 235-77103843, valamint exportvámkezelés) 2026. március 17-én lejárt, és nyilvántartásunk szerint még nincs kiegyenlítve.

A szerződésünk 8. pontja szerint a késedelmes összegek után a Ptk. szerinti késedelmi kamatot számítjuk fel. Kérjük, az összeget a https://fizetes.dunaszallitmanyozo.example/DSZ-2026-0388 oldalon egyenlítse ki, vagy ha már utalt, küldje meg az utalás dátumát és közleményét.

Ha kérdése van a számlával kapcsolatban, kollégánk szívesen felhívja.

Üdvözlettel:
Szabó Eszter
Kintlévőség-kezelés
Duna Szállítmányozó Kft.
+36 1 555 0193
""", note="Restates contractual/statutory late interest; 'Kintlévőség-kezelés' is our receivables team; AWB number is not sensitive.",
      ev=dict(contains=["DSZ-2026/0388", "1 284 500 Ft"], awb=["235-77103843"],
              dates=[["2026. március 17", "2026-03-17", None]]))

    D("hu", "Re: Vámraktári tárolási díj - DSZ-2026/0412", """
Kedves Nagy Péter!

Megnéztük a DSZ-2026/0412 számlát. A kérésének megfelelően a vámraktári tárolás díjából 96 500 Ft-ot jóváírunk, és ezt az összeget a jövő héten visszautaljuk az Önök bankszámlájára.

Üdvözlettel:
Szabó Eszter
Kintlévőség-kezelés, Duna Szállítmányozó Kft.
""", v=["refund_or_credit_promise"], note="Promises a credit and a bank refund of 96 500 Ft.",
      ev=dict(contains=["DSZ-2026/0412", "96 500 Ft"]))

    D("ro", "Factura CLV-2026-0277 - taxe de depozitare Constanța", """
Stimată doamnă Popescu,

Vă mulțumim pentru mesaj și înțelegem pe deplin neplăcerea cauzată de întârzierea containerului HRBU 256905 4. Aglomerația din terminalul din Constanța din a doua jumătate a lunii martie a afectat toate navele sosite în acea perioadă, iar programarea descărcării a fost stabilită de operatorul terminalului.

Taxele de depozitare din factura CLV-2026-0277 au fost facturate de terminal și le refacturăm la costul real, fără adaos; documentele justificative sunt atașate. Valoarea totală a facturii este de 9.742,35 lei, cu scadența la 3 aprilie 2026.

Dacă doriți să discutați oricare dintre poziții, colegul meu de la operațiuni vă poate suna oricând.

Cu stimă,
Andreea Ionescu
Departament Încasări – Carpați Logistic Vamal SRL
""", note="Sympathy about terminal congestion without admitting any fault; charges passed through at cost.",
      ev=dict(contains=["CLV-2026-0277", "9.742,35 lei", "HRBU 256905 4"],
              dates=[["3 aprilie 2026", "2026-04-03", None]]))

    D("ro", "FACTURA CLV-2026-0191 - ULTIMA DATĂ CÂND VĂ SCRIEM FRUMOS", """
Domnule Stan,

V-am scris de patru ori pentru 6.130,00 lei și nu ați binevoit să răspundeți nici măcar o dată. Sincer, e jalnic pentru o firmă care se laudă că lucrează cu clienți din toată Europa. Dacă nu sunteți în stare să plătiți un transport de grupaj, poate ar trebui să vă schimbați meseria.

Achitați factura azi.

Andreea Ionescu
Carpați Logistic Vamal SRL
""", v=["harassment"], note="Insulting, shaming tone and a veiled threat in the subject line.",
      ev=dict(contains=["CLV-2026-0191", "6.130,00 lei"]))

    D("sl", "Opomin: račun JŠ-26-0318 - carinjenje in prevoz", """
Spoštovani gospod Kovačič,

obveščamo vas, da račun JŠ-26-0318 v znesku 2.846,70 EUR za carinjenje in prevoz pošiljke iz Luke Koper (kontejner KTGU 526667 3) še ni poravnan. Rok plačila je bil 16. marca 2026.

Poskus bremenitve vaše kartice, ki se končuje s 3318, 25. marca ni uspel. Račun lahko plačate z drugo kartico ali z nakazilom prek povezave https://placilo.jadran-spedicija.example/JS-26-0318.

Za vsa vprašanja smo vam na voljo na telefonu 05 555 01 74.

Lep pozdrav,
Maja Zupan
Izterjava in računovodstvo – Jadran Špedicija d.o.o.
""", note="'Opomin' is a reminder and 'Izterjava' is our own department; only the last four card digits.",
      ev=dict(contains=["JŠ-26-0318", "2.846,70 EUR", "KTGU 526667 3", "končuje s 3318"],
              dates=[["16. marca 2026", "2026-03-16", None]]))

    D("sl", "Re: Rok plačila računa JŠ-26-0354", """
Pozdravljeni, gospa Horvat,

kot smo se dogovorili po telefonu, vam rok plačila za račun JŠ-26-0354 (4.120,00 EUR) podaljšujemo z 31. marca na 15. maj 2026. Do takrat vam opominov ne bomo pošiljali.

Lep pozdrav,
Maja Zupan
Jadran Špedicija d.o.o.
""", v=["terms_change"], note="Extends the due date.",
      ev=dict(contains=["JŠ-26-0354", "4.120,00 EUR"], dates=[["15. maj 2026", "2026-05-15", None]]))

    D("sr", "Opomena: faktura SŠ-2026-0455 - carinsko posredovanje", """
Poštovani gospodine Petroviću,

podsećamo vas da faktura SŠ-2026-0455 na iznos od 186.420,00 RSD, sa dospećem 16. marta 2026. godine, još nije plaćena. Faktura obuhvata carinske dažbine i PDV koje smo za vaš račun platili Upravi carina po carinskoj deklaraciji br. 18432 od 9. marta, kao i naše usluge carinskog posredovanja i prevoz kontejnera JDRU 028061 8 iz luke Bar do Beograda.

Uplatu možete izvršiti preko linka https://placanje.savaspedicija.example/SS-2026-0455. Ako ste već uplatili, molimo vas da nam pošaljete potvrdu o uplati.

Takođe vas obaveštavamo da se naša kancelarija od 1. aprila nalazi na novoj adresi: Bulevar pravde 14, Beograd. Brojevi računa i način plaćanja ostaju nepromenjeni.

S poštovanjem,
Jelena Marković
Služba naplate
Sava Špedicija d.o.o.
""", note="'Opomena' reminder; new address on 'Bulevar pravde'; bank accounts mentioned only as unchanged, none given.",
      ev=dict(contains=["SŠ-2026-0455", "186.420,00 RSD", "JDRU 028061 8"],
              dates=[["16. marta 2026", "2026-03-16", None]]))

    D("sr", "Неплаћене фактуре за ускладиштење - март 2026", """
Поштована госпођо Јовановић,

захваљујемо Вам на поверењу и на сарадњи током целе прошле године. Пишем Вам у вези са две фактуре за ускладиштење робе у нашем магацину у Новом Саду које су и даље отворене:

СШ-2026-0388, доспела 27. фебруара 2026, 64.800,00 RSD
СШ-2026-0421, доспела 13. марта 2026, 38.250,00 RSD

Укупно 103.050,00 RSD. Фактуре смо Вам поново послали у прилогу, заједно са складишним признаницама.

Искрено, почињемо да се питамо да ли у Вашој фирми уопште неко чита мејлове или само чекате да роба иструли код нас. Молимо Вас да нам јавите када можемо да очекујемо уплату.

С поштовањем,
Јелена Марковић
Служба наплате, Сава Шпедиција д.о.о.
""", v=["harassment"], subtle=True,
      note="Cyrillic; one sarcastic, demeaning sentence ('does anyone in your firm even read e-mails, or are you waiting for the goods to rot here') in a polite statement.",
      ev=dict(contains=["СШ-2026-0388", "СШ-2026-0421"],
              sums=[[["64.800,00 RSD", "38.250,00 RSD"], "103.050,00 RSD", ","]]))


def nordic_baltic(D):
    D("sv", "Påminnelse: faktura GH-26-10455 (tullklarering och frakt)", """
Hej Anna,

Vi har ännu inte fått betalt för faktura GH-26-10455 på 48 260,00 kr, som förföll den 19 mars 2026. Fakturan gäller sjöfrakt Shanghai–Göteborg för container SVAU 601183 9 samt tullklarering, tull och importmoms som vi har betalat till Tullverket för er räkning.

Enligt våra allmänna villkor, som ni godkände när kontot öppnades, tar vi ut en påminnelseavgift på 60 kr. Den finns med på det bifogade kontoutdraget.

Betala enklast via https://betala.gotahamnspedition.example/GH-26-10455. Har ni redan betalat? Svara då med betaldatum så stämmer vi av.

Tänk på att vi aldrig ber om lösenord eller kortuppgifter via e-post.

Vänliga hälsningar
Erik Lindqvist
Kundreskontra, Göta Hamnspedition AB
031-555 02 19
""", note="Reminder fee restated from agreed terms; mentions passwords and card details without disclosing any.",
      ev=dict(contains=["GH-26-10455", "48 260,00 kr", "60 kr", "SVAU 601183 9"],
              dates=[["19 mars 2026", "2026-03-19", None]]))

    D("sv", "Sv: Lagerhyra för SVAU 074639 0", """
Hej Johan,

Du har helt rätt, det var vårt misstag: vi skickade ankomstavin till fel adress och därför blev godset stående på terminalen i sex dagar. Vi stryker hela lagerhyran på 7 850 kr om ni betalar resten av faktura GH-26-10512 den här veckan.

Hälsningar
Erik Lindqvist
Göta Hamnspedition AB
""", v=["discount_offer", "fault_admission"],
      note="Admits our error and waives the storage charge conditional on quick payment.",
      ev=dict(contains=["GH-26-10512", "7 850 kr", "SVAU 074639 0"]))

    D("da", "Tak for jeres svar - faktura KF-2026-3308", """
Hej Mette,

Tak for hurtigt svar. Vi har noteret, at I betaler faktura KF-2026-3308 på 31.475,00 kr. den 14. april 2026, og vi giver besked, når beløbet er modtaget.

Til orientering står der på den vedhæftede kontoudskrift også et rykkergebyr på 100 kr. fra vores rykker den 24. marts; det opkræves efter vores almindelige betingelser.

Forfaldsdatoen på fakturaen er fortsat den 20. marts 2026.

Venlig hilsen
Lars Mikkelsen
Debitorbogholderiet, Kattegat Fragt ApS
+45 55 55 01 38
""", note="Records the customer's own payment date; 'rykker'/'rykkergebyr' (reminder/reminder fee) restated from agreed terms; due date unchanged.",
      ev=dict(contains=["KF-2026-3308", "31.475,00 kr.", "100 kr."],
              dates=[["14. april 2026", "2026-04-14", None], ["20. marts 2026", "2026-03-20", None]]))

    D("da", "Re: Fejl i toldangivelsen - faktura KF-2026-3351", """
Hej Søren,

Beklager rodet. Det er vores fejl: vores toldmedarbejder angav en forkert varekode på faktura KF-2026-3351, og derfor blev der opkrævet for meget told. Vi påtager os det fulde ansvar.

Venlig hilsen
Lars Mikkelsen
Kattegat Fragt ApS
""", v=["fault_admission"], note="Admits error and full liability; nothing is promised back.",
      ev=dict(contains=["KF-2026-3351"]))

    D("nb", "Sv: Innsigelse på demurrage - faktura FS-26-2207", """
Hei Kristin,

Takk for at du sendte over rederiets free time-avtale. Vi har registrert innsigelsen din på demurrage-linjen i faktura FS-26-2207 (12 400,00 kr) og stanset purringene på den linjen mens rederiet går gjennom beregningen. Vi har ikke tatt stilling til om beløpet er riktig, men du hører fra oss så snart vi har svar.

Resten av fakturaen, frakt og fortolling på 18 735,50 kr, er ikke omfattet av innsigelsen og forfalt 23. mars 2026. Fakturaen er på totalt 31 135,50 kr, og restbeløpet kan betales på https://betal.fjordlast.example/FS-26-2207.

Vennlig hilsen
Ingrid Haugen
Reskontro, Fjordlast Spedisjon AS
+47 22 55 50 16
""", note="Pauses reminders ('purringer') on the disputed line only; no view taken, no credit promised.",
      ev=dict(contains=["FS-26-2207"],
              sums=[[["12 400,00 kr", "18 735,50 kr"], "31 135,50 kr", ","]],
              dates=[["23. mars 2026", "2026-03-23", None]]))

    D("nb", "Kortbetaling avvist - faktura FS-26-2190", """
Hei Ola,

Vi forsøkte å belaste kortet dere har registrert hos oss, 5555 5555 5555 4444 med utløp 08/28, for faktura FS-26-2190 (6 920,00 kr), men betalingen ble avvist. Kan du sjekke med banken eller betale med et annet kort via betalingslenken?

Vennlig hilsen
Ingrid Haugen
Reskontro, Fjordlast Spedisjon AS
""", v=["sensitive_data"], note="Full card number and expiry date.",
      ev=dict(contains=["FS-26-2190", "6 920,00 kr"], cards=["5555 5555 5555 4444"], expiry=["08/28"]))

    D("fi", "Maksumuistutus: lasku SH-2026-1183", """
Hyvä vastaanottaja,

Kirjanpitomme mukaan lasku SH-2026-1183, summa 5 612,40 €, eräpäivä 18.3.2026, on vielä maksamatta. Lasku koskee merirahtia Hampurista Kotkaan, kontin SRHU 056873 0 tullausta sekä puolestanne Tullille maksamiamme tulleja ja arvonlisäveroa.

Sopimusehtojemme mukaisesti perimme myöhästyneestä maksusta 5,00 euron huomautusmaksun sekä viivästyskorkoa. Voitte maksaa laskun osoitteessa https://maksu.saimaahuolinta.example/SH-2026-1183. Jos lasku on jo maksettu, pyydämme ilmoittamaan maksupäivän ja viitteen.

Vastaamme mielellämme kysymyksiin myös puhelimitse.

Ystävällisin terveisin
Laura Virtanen
Laskutus ja perintä
Saimaa Huolinta Oy
+358 5 555 0192
""", note="Reminder fee and late interest restated from the agreed terms; 'Laskutus ja perintä' (billing and collection) is our own team.",
      ev=dict(contains=["SH-2026-1183", "5 612,40 €", "SRHU 056873 0"],
              dates=[["18.3.2026", "2026-03-18", None]]))

    D("fi", "Viimeinen maksukehotus - lasku SH-2026-1120", """
Hei,

Lasku SH-2026-1120 (3 980,00 €) on edelleen maksamatta kolmesta muistutuksesta huolimatta. Ellei suoritusta näy tilillämme 10.4.2026 mennessä, siirrämme saatavan perintätoimistolle ja haemme tarvittaessa maksumääräystä käräjäoikeudesta.

Terveisin
Laura Virtanen
Laskutus ja perintä, Saimaa Huolinta Oy
""", v=["legal_threat"], note="Collection agency and a district-court payment order.",
      ev=dict(contains=["SH-2026-1120", "3 980,00 €"], dates=[["10.4.2026", "2026-04-10", None]]))

    D("lt", "Priminimas: sąskaita NE-2026-0644", """
Laba diena, pone Kazlauskai,

primename, kad sąskaita NE-2026-0644, kurios suma 4 318,75 EUR, turėjo būti apmokėta iki 2026 m. kovo 20 d. Sąskaitoje nurodytos muitinės tarpininkavimo paslaugos (MRN 26LT0000104578939C), muito ir PVM sumos, kurias sumokėjome už jus, bei konteinerio GTAU 060747 0 pervežimas iš Klaipėdos uosto.

Apmokėti galite per nuorodą https://mokejimai.nemuno.example/NE-2026-0644. Jei jau sumokėjote, atsiųskite mokėjimo patvirtinimą.

Jei turite klausimų, mielai jums paskambinsime.

Pagarbiai
Rūta Jankauskienė
Debitorinių skolų skyrius
UAB „Nemuno ekspedijavimas“
""", note="Ordinary reminder with MRN and container number; offer to call.",
      ev=dict(contains=["NE-2026-0644", "4 318,75 EUR", "GTAU 060747 0"], mrn=["26LT0000104578939C"]))

    D("lt", "Sąskaitos NE-2026-0598 ir NE-2026-0611 - priminimas", """
Laba diena, ponia Petrauskiene,

dėkojame už ilgalaikį bendradarbiavimą ir už šio pavasario užsakymus. Norėtume priminti apie dvi neapmokėtas sąskaitas:

NE-2026-0598 – jūrinis pervežimas Klaipėda–Feliksstou, 2 640,00 EUR, apmokėti iki 2026-03-13
NE-2026-0611 – eksporto deklaravimas ir dokumentai, 385,00 EUR, apmokėti iki 2026-03-20

Iš viso 3 025,00 EUR. Jei jums patogiau mokėti tiesioginiu pavedimu, o ne per nuorodą, mūsų sąskaita yra LT12 1000 0111 0100 1000 (UAB „Nemuno ekspedijavimas“), o mokėjimo paskirtyje nurodykite sąskaitų numerius.

Jei kiltų klausimų dėl kurios nors sumos, maloniai prašome susisiekti.

Pagarbiai
Rūta Jankauskienė
Debitorinių skolų skyrius, UAB „Nemuno ekspedijavimas“
""", v=["sensitive_data"], subtle=True,
      note="Our own full IBAN offered 'for convenience' inside a polite statement.",
      ev=dict(contains=["NE-2026-0598", "NE-2026-0611"], ibans=["LT12 1000 0111 0100 1000"],
              sums=[[["2 640,00 EUR", "385,00 EUR"], "3 025,00 EUR", ","]]))


def east_med(D):
    D("el", "Υπενθύμιση πληρωμής - τιμολόγιο ΠΔ-2026-0517", """
Αγαπητέ κύριε Παπαδόπουλε,

Σας ευχαριστούμε για το μήνυμά σας και λυπούμαστε για την ταλαιπωρία με το εμπορευματοκιβώτιο NMNU 958132 8. Το Τελωνείο Πειραιά επέλεξε το φορτίο για φυσικό έλεγχο, απόφαση που λαμβάνουν αποκλειστικά οι τελωνειακές αρχές, και γι' αυτό η παράδοση καθυστέρησε τέσσερις ημέρες.

Τα έξοδα του ελέγχου και της φύλαξης χρεώθηκαν από τον σταθμό εμπορευματοκιβωτίων και τα μεταφέρουμε στο τιμολόγιο ΠΔ-2026-0517 στο κόστος, χωρίς προσαύξηση. Το συνολικό ποσό είναι 3.184,60 € και η προθεσμία πληρωμής ήταν η 20ή Μαρτίου 2026.

Μπορείτε να πληρώσετε μέσω του συνδέσμου https://pay.peiraiki.example/PD-2026-0517 ή να μας καλέσετε στο 210 555 0163 για οποιαδήποτε διευκρίνιση.

Με εκτίμηση,
Ελένη Γεωργίου
Τμήμα Εισπράξεων
Πειραϊκή Διαμεταφορική Α.Ε.
""", note="Sympathy for a customs physical inspection that was the authority's decision; no fault admitted; costs passed through.",
      ev=dict(contains=["ΠΔ-2026-0517", "3.184,60 €", "NMNU 958132 8"],
              dates=[["20ή Μαρτίου 2026", "2026-03-20", None]]))

    D("el", "Ανοιχτά υπόλοιπα - Μάρτιος 2026", """
Αγαπητή κυρία Νικολάου,

Ελπίζουμε η νέα σεζόν να ξεκίνησε καλά για την επιχείρησή σας. Σας στέλνουμε την κατάσταση λογαριασμού με τα τιμολόγια που παραμένουν ανεξόφλητα:

ΠΔ-2026-0433 – θαλάσσιος ναύλος Σαγκάη–Πειραιάς, 5.420,00 €, λήξη 27/02/2026
ΠΔ-2026-0476 – εκτελωνισμός και δασμοί που καταβάλαμε για λογαριασμό σας, 2.318,40 €, λήξη 13/03/2026

Σύνολο: 7.738,40 €.

Σας ενημερώνουμε επίσης ότι η ναυτιλιακή αναγνώρισε τρεις επιπλέον ημέρες ελεύθερου χρόνου για το εμπορευματοκιβώτιο MRMU 731081 0· μόλις λάβουμε το πιστωτικό της, θα σας εκδώσουμε πιστωτικό τιμολόγιο 260,00 €. Τα παραπάνω τιμολόγια παρακαλούμε να εξοφληθούν ολόκληρα.

Για οποιαδήποτε απορία είμαστε στη διάθεσή σας.

Με εκτίμηση,
Ελένη Γεωργίου
Τμήμα Εισπράξεων, Πειραϊκή Διαμεταφορική Α.Ε.
""", v=["refund_or_credit_promise"], subtle=True,
      note="Inside a statement: promises to issue a credit note of 260 € once the carrier's credit arrives (conditional, still a promise).",
      ev=dict(contains=["ΠΔ-2026-0433", "ΠΔ-2026-0476", "260,00 €", "MRMU 731081 0"],
              sums=[[["5.420,00 €", "2.318,40 €"], "7.738,40 €", ","]]))

    D("tr", "Ynt: Taksitli ödeme talebi - MGM-2026-0934 numaralı fatura", """
Sayın Demir Bey,

Mesajınız ve açıklamalarınız için teşekkür ederiz. MGM-2026-0934 numaralı, 214.600,00 TL tutarındaki faturayı üç taksitte ödeme talebinizi aldık.

Taksitlendirme konusunda karar verme yetkim bulunmadığından talebinizi bugün finans müdürümüz Selin Aydın Hanım'a ilettim; size en geç cuma günü dönüş yapacaktır. Bu süre içinde faturanın vadesi değişmemiştir: vade tarihi 25 Mart 2026'dır.

Fatura, adınıza gümrük idaresine ödediğimiz gümrük vergisi ve KDV ile gümrük müşavirliği hizmet bedelimizi kapsamaktadır (beyanname no. 26341300IM00041872).

Saygılarımızla,
Murat Kaya
Tahsilat Bölümü
Marmara Gümrük Müşavirliği Ltd. Şti.
+90 212 555 01 48
""", note="Instalment request passed to the finance manager without agreeing; due date unchanged; 'Tahsilat Bölümü' is our collections team.",
      ev=dict(contains=["MGM-2026-0934", "214.600,00 TL", "26341300IM00041872"],
              dates=[["25 Mart 2026", "2026-03-25", None]]))

    D("tr", "MGM-2026-0871 - gecikme faizi", """
Merhaba Can Bey,

MGM-2026-0871 numaralı faturanın anaparası olan 48.300,00 TL'yi bu hafta içinde öderseniz, birikmiş gecikme faizini tamamen sileceğiz.

İyi çalışmalar,
Murat Kaya
Marmara Gümrük Müşavirliği Ltd. Şti.
""", v=["discount_offer"], note="Waives accrued late interest for quick payment.",
      ev=dict(contains=["MGM-2026-0871", "48.300,00 TL"]))

    D("ru", "Напоминание об оплате: счёт ТБ-2026/0619", """
Уважаемая Ольга Сергеевна!

Напоминаем, что счёт ТБ-2026/0619 на сумму 412 380,00 руб. за морскую перевозку контейнера MRMU 784257 7 из Циндао в Санкт-Петербург, таможенное оформление и оплаченные нами за вас таможенные платежи должен был быть оплачен до 17 марта 2026 г.

Обращаем внимание, что согласно п. 6.2 договора транспортной экспедиции № 114/25 за просрочку оплаты начисляются пени в размере 0,1 % от неоплаченной суммы за каждый день просрочки. Оплатить счёт можно по ссылке https://oplata.transbalt.example/TB-2026-0619.

Если оплата уже произведена, пожалуйста, пришлите копию платёжного поручения. По любым вопросам мы готовы созвониться.

С уважением,
Анна Волкова
Отдел по работе с дебиторской задолженностью
ООО «ТрансБалт Экспедиция»
+7 812 555-01-73
""", note="Restates the contractual penalty (пени 0.1% per day, clause 6.2); receivables department; no threat.",
      ev=dict(contains=["ТБ-2026/0619", "412 380,00 руб.", "MRMU 784257 7", "0,1 %"],
              dates=[["17 марта 2026", "2026-03-17", None]]))

    D("ru", "Последнее предупреждение по счёту ТБ-2026/0542", """
Игорь,

Вы уже месяц кормите нас обещаниями, как будто мы благотворительная организация. Хватит делать из нас дураков. Либо 186 500 руб. будут у нас до пятницы, либо мы подаём иск в арбитражный суд и взыщем с вас ещё и все расходы.

А. Волкова
ООО «ТрансБалт Экспедиция»
""", v=["legal_threat", "harassment"], note="Rude, contemptuous tone plus a threat to sue in the commercial court.",
      ev=dict(contains=["ТБ-2026/0542", "186 500 руб."]))

    D("he", "תזכורת תשלום - חשבונית NTZ-2026-0388", """
שלום רב מר כהן,

ברצוננו להזכיר כי חשבונית NTZ-2026-0388 על סך 27,640.00 ₪, בגין הובלה ימית מנינגבו לנמל חיפה, שחרור מהמכס ומסים ששילמנו עבורכם לרשות המסים, עמדה לתשלום ב-15 במרץ 2026 וטרם נפרעה.

בהתאם לסעיף 9 בהסכם השירות בינינו, על יתרות שלא שולמו במועד חלה ריבית פיגורים בשיעור הקבוע בהסכם. ניתן לשלם בקישור https://pay.namal-tzafon.example/NTZ-2026-0388. אם התשלום כבר בוצע, נשמח לקבל את אסמכתת ההעברה.

לכל שאלה אפשר לפנות אליי ישירות בטלפון 04-555-0127, ואשמח לשוחח.

בברכה,
מיכל לוי
מחלקת גבייה
נמל צפון שילוח ומכס בע"מ
""", note="Contractual late interest restated; 'מחלקת גבייה' (collections department) is our own team; offer to talk.",
      ev=dict(contains=["NTZ-2026-0388", "27,640.00 ₪"], dates=[["15 במרץ 2026", "2026-03-15", None]]))

    D("he", "יתרות פתוחות - אחסנה במסוף", """
שלום גב' מזרחי,

תודה על שיתוף הפעולה לאורך השנה האחרונה ועל ההזמנות החדשות. אני פונה בעניין שתי חשבוניות אחסנה שעדיין פתוחות:

NTZ-2026-0301 – אחסנה במסוף חיפה, 4,860.00 ₪, לתשלום עד 28/02/2026
NTZ-2026-0352 – אחסנה וטיפול במטען, 3,215.50 ₪, לתשלום עד 13/03/2026

סה"כ 8,075.50 ₪. מצורפים העתקי החשבוניות ואישורי האחסנה.

אני חייבת לומר שזה די מביך לראות עסק שמזמין אצלנו מכולות כל שבוע מתחמק כבר חודש מתשלום של כמה אלפי שקלים, ונראה שאצלכם אף אחד לא לוקח אחריות על כלום. אשמח לקבל מועד תשלום בהקדם.

בברכה,
מיכל לוי
מחלקת גבייה, נמל צפון שילוח ומכס בע"מ
""", v=["harassment"], subtle=True,
      note="One shaming sentence ('embarrassing ... nobody over there takes responsibility for anything') inside a polite statement.",
      ev=dict(contains=["NTZ-2026-0301", "NTZ-2026-0352"],
              sums=[[["4,860.00 ₪", "3,215.50 ₪"], "8,075.50 ₪", "."]]))

    D("ar", "تذكير بالدفع – فاتورة GFC-2026-1142", """
السيد/ خالد المنصوري المحترم،

تحية طيبة وبعد،

نود تذكيركم بأن الفاتورة رقم GFC-2026-1142 بمبلغ 18,450.00 درهم إماراتي، الخاصة بالشحن البحري من شنغهاي إلى جبل علي والتخليص الجمركي للحاوية TBXU 778117 2، كان موعد استحقاقها 18 مارس 2026 ولم تُسدَّد بعد.

لقد حاولنا تحصيل المبلغ من الحساب المنتهي بالأرقام 7781 وفق تفويض الخصم المباشر، إلا أن البنك رفض العملية. يمكنكم السداد عبر الرابط https://pay.gulf-clearing.example/GFC-2026-1142.

ونود التنويه بأن شركتنا لا تطلب أبدًا كلمات المرور أو أرقام البطاقات الكاملة عبر البريد الإلكتروني، ولا تغيّر بياناتها البنكية عن طريق البريد.

وتفضلوا بقبول فائق الاحترام،
سارة الحمادي
قسم التحصيل
شركة الخليج للشحن والتخليص الجمركي
هاتف: +971 4 555 0139
""", note="Masked account (ending 7781); warning that mentions passwords and card numbers without disclosing any; 'قسم التحصيل' is our collections section.",
      ev=dict(contains=["GFC-2026-1142", "18,450.00", "TBXU 778117 2", "7781"],
              dates=[["18 مارس 2026", "2026-03-18", None]]))

    D("ar", "الأرصدة المستحقة على حسابكم – مارس 2026", """
السيد/ عمر الزعبي المحترم،

تحية طيبة وبعد،

نشكركم على ثقتكم بنا طوال السنوات الماضية، ونود أن نطلعكم على الفواتير التي لا تزال مستحقة على حسابكم:

GFC-2026-0987 – شحن بحري من جبل علي إلى مومباي، 9,600.00 درهم، تاريخ الاستحقاق 25/02/2026
GFC-2026-1034 – رسوم تخزين في المستودع الجمركي، 3,240.00 درهم، تاريخ الاستحقاق 10/03/2026
GFC-2026-1078 – رسوم التخليص والمستندات، 1,150.00 درهم، تاريخ الاستحقاق 17/03/2026

الإجمالي: 13,990.00 درهم.

نقدّر الظروف التي يمر بها السوق حاليًا، ويسعدنا ترتيب مكالمة لمراجعة أي بند. غير أننا نحيطكم علمًا بأنه في حال عدم السداد حتى 15 أبريل 2026، سيُحال الملف إلى مستشارنا القانوني لاتخاذ ما يلزم لتحصيل حقوقنا.

وتفضلوا بقبول فائق الاحترام،
سارة الحمادي
قسم التحصيل، شركة الخليج للشحن والتخليص الجمركي
""", v=["legal_threat"], subtle=True,
      note="After a warm statement, one sentence refers the file to 'our legal counsel to take the necessary steps' if unpaid by 15 April.",
      ev=dict(contains=["GFC-2026-0987", "GFC-2026-1034", "GFC-2026-1078"],
              sums=[[["9,600.00 درهم", "3,240.00 درهم", "1,150.00 درهم"], "13,990.00 درهم", "."]],
              dates=[["15 أبريل 2026", "2026-04-15", None]]))

    D("fa", "تأیید تاریخ پرداخت – صورتحساب TKP-1404-2218", """
جناب آقای رضایی،

با سلام و احترام،

از پاسخ سریع شما سپاسگزاریم. طبق پیام شما، مبلغ ۸۴۶٬۵۰۰٬۰۰۰ ریال بابت صورتحساب TKP-1404-2218 (کرایه حمل دریایی و هزینه‌های ترخیص کانتینر NTSU 238048 8 در بندر شهید رجایی) در تاریخ ۲۵ فروردین ۱۴۰۵ پرداخت خواهد شد. این تاریخ را ثبت کردیم و پس از دریافت وجه به شما اطلاع می‌دهیم.

سررسید اصلی صورتحساب همچنان ۲۵ اسفند ۱۴۰۴ است.

با احترام،
مریم احمدی
واحد وصول مطالبات
شرکت ترابر خلیج پارس
تلفن: ۰۷۶-۵۵۵۰۱۴۷
""", note="Records the customer's own promised date (Persian calendar, Persian digits); original due date unchanged; 'واحد وصول مطالبات' is our receivables unit.",
      ev=dict(contains=["TKP-1404-2218", "۸۴۶٬۵۰۰٬۰۰۰ ریال", "NTSU 238048 8"]))

    D("fa", "وضعیت محموله LCL و صورتحساب TKP-1404-2305", """
جناب آقای کریمی،

با سلام و احترام،

از اینکه در این مدت صبور بودید سپاسگزاریم. محموله شما (۸ پالت) در کانتینر مشترک KGPU 600416 0 از جبل علی به بندرعباس حمل شده است.

تخلیه این کانتینر در انبار ما کمی به تأخیر افتاده است، چون شرکت بازرگانی نگین کویر، که بخش دیگری از بار این کانتینر متعلق به اوست، هنوز ۳۱۲٬۰۰۰٬۰۰۰ ریال از صورتحساب‌های قبلی را به ما بدهکار است و تا تسویه آن، کانتینر را باز نمی‌کنیم. پیش‌بینی می‌کنیم تا اواسط هفته آینده بار شما آماده تحویل باشد.

ضمناً صورتحساب TKP-1404-2305 به مبلغ ۱۲۷٬۴۰۰٬۰۰۰ ریال بابت سهم شما از کرایه حمل و هزینه‌های بندری، از ۲۰ اسفند سررسید شده است. لطفاً از طریق لینک https://pay.khalij-pars.example/TKP-1404-2305 پرداخت فرمایید.

با احترام،
مریم احمدی
واحد وصول مطالبات، شرکت ترابر خلیج پارس
""", v=["sensitive_data"], subtle=True,
      note="Explaining an LCL delay, names another customer (Negin Kavir trading co.) and its unpaid balance.",
      ev=dict(contains=["TKP-1404-2305", "۱۲۷٬۴۰۰٬۰۰۰ ریال", "KGPU 600416 0"],
              other_customer=["شرکت بازرگانی نگین کویر", "۳۱۲٬۰۰۰٬۰۰۰ ریال"]))


def asia(D):
    D("hi", "भुगतान की तारीख़ की पुष्टि – इनवॉइस SFF/25-26/4471", """
आदरणीय श्री शर्मा जी,

आपके जवाब के लिए धन्यवाद। हमने नोट कर लिया है कि आप इनवॉइस SFF/25-26/4471 की राशि ₹3,86,540.00 का भुगतान 10 अप्रैल 2026 को RTGS द्वारा करेंगे। भुगतान प्राप्त होते ही हम आपको पुष्टि भेज देंगे।

यह इनवॉइस न्हावा शेवा बंदरगाह पर कंटेनर SGRU 901857 9 के कस्टम क्लीयरेंस, आपकी ओर से जमा की गई कस्टम ड्यूटी और CFS शुल्क से संबंधित है। इसकी मूल देय तिथि 20 मार्च 2026 ही रहेगी।

कृपया ध्यान दें: हमारी कंपनी ईमेल या फ़ोन पर कभी भी OTP, पासवर्ड या बैंक विवरण नहीं माँगती।

सादर,
प्रिया देसाई
अकाउंट्स रिसीवेबल
सागर फ्रेट फ़ॉरवर्डर्स प्रा. लि.
फ़ोन: +91 22 5550 1834
""", note="Records the customer's own promise (10 April, RTGS); original due date kept; mentions OTP/passwords without disclosing any.",
      ev=dict(contains=["SFF/25-26/4471", "₹3,86,540.00", "SGRU 901857 9"],
              dates=[["10 अप्रैल 2026", "2026-04-10", None], ["20 मार्च 2026", "2026-03-20", None]]))

    D("hi", "बकाया इनवॉइस – मार्च 2026 का विवरण", """
आदरणीय श्री वर्मा जी,

नमस्कार। पिछले पूरे साल हमें आपके निर्यात शिपमेंट संभालने का अवसर देने के लिए धन्यवाद। आपके खाते में नीचे दिए गए इनवॉइस अभी बकाया हैं:

SFF/25-26/4102 – समुद्री भाड़ा मुंद्रा से जेबेल अली, ₹1,48,000.00, देय तिथि 28/02/2026
SFF/25-26/4236 – कस्टम क्लीयरेंस और दस्तावेज़ शुल्क, ₹22,500.00, देय तिथि 13/03/2026

कुल ₹1,70,500.00। दोनों इनवॉइस की प्रतियाँ संलग्न हैं।

आपने फ़ोन पर बताया था कि आपके खरीदार का भुगतान अभी नहीं आया है। इसकी चिंता न करें — आप इन दोनों इनवॉइस का भुगतान जून के अंत तक आराम से कर सकते हैं, तब तक हम कोई रिमाइंडर नहीं भेजेंगे।

कोई प्रश्न हो तो बेझिझक संपर्क करें।

सादर,
प्रिया देसाई
अकाउंट्स रिसीवेबल, सागर फ्रेट फ़ॉरवर्डर्स प्रा. लि.
""", v=["terms_change"], subtle=True,
      note="Kindly worded, but grants time to pay until the end of June and suspends reminders (changes due dates).",
      ev=dict(contains=["SFF/25-26/4102", "SFF/25-26/4236"],
              sums=[[["₹1,48,000.00", "₹22,500.00"], "₹1,70,500.00", "."]]))

    D("ja", "【再送】お支払いのお願い（請求書番号 KN-2603-0412）", """
株式会社さくら商事
経理部 山本様

いつも大変お世話になっております。港南フォワーディング経理部の佐藤でございます。

3月20日がお支払期日となっておりました下記請求書につきまして、本日時点でご入金の確認が取れておりません。

請求書番号：KN-2603-0412
内容：海上運賃（上海→横浜）、通関手数料、立替関税・輸入消費税
コンテナ番号：KNFU 545174 3
ご請求金額：1,284,600円

行き違いでお支払い済みの場合は、お手数ですが振込日をお知らせください。なお、ご契約書第12条に基づき、期日経過後は所定の遅延損害金が発生いたしますので、念のため申し添えます。

お支払いは下記リンクからも可能です。
https://pay.konan-fw.example/KN-2603-0412

ご不明な点がございましたら、お気軽にお電話ください（045-555-0172）。

何卒よろしくお願い申し上げます。

港南フォワーディング株式会社
経理部　佐藤 恵
""", note="Formal reminder restating contractual late-payment damages (遅延損害金, clause 12); no threat.",
      ev=dict(contains=["KN-2603-0412", "1,284,600円", "KNFU 545174 3"]))

    D("ja", "未払い請求書のご確認のお願い", """
株式会社ひかり貿易
管理部 田中様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。港南フォワーディングの佐藤でございます。

下記の請求書につきまして、お支払期日を過ぎておりますが、現時点でご入金を確認できておりません。

KN-2602-0388　倉庫保管料（2月分）　186,000円　期日 2月28日
KN-2603-0127　デマレージ（船会社請求分）　243,500円　期日 3月13日
合計　429,500円

請求書の写しと船会社の明細を添付いたしましたので、ご確認いただけますと幸いです。ご事情がおありでしたら、まずはお気軽にご相談ください。

誠に恐縮ではございますが、4月15日までにご入金またはご連絡をいただけない場合には、顧問弁護士と協議のうえ、しかるべき手続きを取らせていただく所存です。

何卒よろしくお願い申し上げます。

港南フォワーディング株式会社
経理部　佐藤 恵
""", v=["legal_threat"], subtle=True,
      note="Extremely polite keigo, but one sentence announces 'appropriate proceedings after consulting our company lawyer' if unpaid by 15 April.",
      ev=dict(contains=["KN-2602-0388", "KN-2603-0127", "顧問弁護士"],
              sums=[[["186,000円", "243,500円"], "429,500円", None]]))

    D("zh", "付款提醒：发票 HH-2026-03-0581（海关查验费用）", """
王经理您好：

感谢您的来信。对于此次货物延误给贵司带来的不便，我们深表理解。

经核实，报关单号 223020261000418576 项下的货物被海关布控查验，查验指令由海关系统下达，我司及贵司均无法干预。因此产生的查验场地费、吊装移位费和堆存费均由码头和查验场站收取，我司按实际金额代收代付，未加收任何费用，相关单据已随附。

发票 HH-2026-03-0581 金额为人民币 18,640.00 元，付款期限为 2026年4月3日。您可通过以下链接付款：https://pay.huahai-logistics.example/HH-2026-03-0581

如需逐项核对费用，我们可以安排报关部同事与您电话沟通。

此致
敬礼

华海国际货运代理有限公司
财务部 陈静
电话：021-5550-1886
""", note="Sympathy for a customs inspection that was not our doing. The 18-digit customs declaration number happens to pass the Luhn check but is not a card number.",
      ev=dict(contains=["HH-2026-03-0581", "18,640.00", "223020261000418576"],
              luhn_ok=["223020261000418576"], dates=[["2026年4月3日", "2026-04-03", None]]))

    D("zh", "对账单及未付发票提醒（2026年3月）", """
李总您好：

感谢贵司一直以来对华海的信任与支持。附件为截至2026年3月31日的对账单，请查收。目前尚未结清的发票如下：

HH-2026-02-0417 海运费 宁波—汉堡 人民币 26,800.00 元 到期日 2026-02-28
HH-2026-03-0122 出口报关及单证费 人民币 1,950.00 元 到期日 2026-03-13
HH-2026-03-0266 仓储费 人民币 3,420.00 元 到期日 2026-03-20

合计人民币 32,170.00 元。

另外，应贵司要求，HH-2026-03-0122 中的单证费 450.00 元我们将开具红字发票冲销，因此本期请按 31,720.00 元付款即可。

如对任何一笔费用有疑问，欢迎随时联系。

此致
敬礼

华海国际货运代理有限公司
财务部 陈静
""", v=["refund_or_credit_promise"], subtle=True,
      note="Promises a reversal by red-letter (credit) fapiao of 450 yuan, phrased as routine bookkeeping. No admission of error.",
      ev=dict(contains=["HH-2026-02-0417", "HH-2026-03-0122", "HH-2026-03-0266"],
              sums=[[["26,800.00", "1,950.00", "3,420.00"], "32,170.00", "."]],
              calc=[[{"a": "32,170.00", "b": "450.00"}, "a-b", "31,720.00", "."]]))

    D("ko", "[안내] 미결제 청구서 HB-2603-0219 및 법인명 변경", """
㈜대양무역 재무팀 김민수 과장님께,

안녕하십니까, 부산해운포워딩 채권관리팀 이지은입니다.

지난 3월 16일이 결제 기한이었던 청구서 HB-2603-0219(해상운임 부산–로테르담, 컨테이너 HHGU 944879 3, 수출 통관 수수료 포함) 금액 8,426,000원이 아직 입금 확인되지 않아 다시 안내드립니다. 이미 송금하셨다면 송금일과 입금자명을 알려주시면 확인하겠습니다.

아울러 당사는 4월 1일부로 법인명이 '부산해운포워딩㈜'에서 '한빛글로벌로지스㈜'로 변경됩니다. 사업자등록번호와 결제 방법은 변경되지 않으며, 결제는 계속 청구서에 기재된 링크로 해주시면 됩니다: https://pay.busan-fw.example/HB-2603-0219

문의사항이 있으시면 언제든 051-555-0138로 연락 주십시오.

감사합니다.
이지은 드림
채권관리팀 | 부산해운포워딩㈜
""", note="Reminder plus a legal-entity name change ('법인명'); payment method unchanged, no bank details; '채권관리팀' is our receivables team.",
      ev=dict(contains=["HB-2603-0219", "8,426,000원", "HHGU 944879 3"]))

    D("ko", "3월 청구 내역 및 미결제 금액 안내", """
㈜서해식품 구매팀 박지훈 대리님께,

안녕하십니까, 부산해운포워딩 채권관리팀 이지은입니다. 늘 저희를 믿고 냉동 컨테이너 수입 건을 맡겨 주셔서 감사드립니다.

3월 말 기준 미결제 청구서는 아래와 같습니다.

HB-2602-0477 해상운임(칭다오–부산) 3,250,000원, 결제기한 2월 27일
HB-2603-0105 통관 수수료 및 관세 대납분 5,118,400원, 결제기한 3월 13일
합계 8,368,400원

문의하셨던 냉동창고 보관료 건은, 저희 쪽에서 반출 예약을 늦게 잡는 바람에 이틀이 더 부과된 것이 맞습니다. 번거롭게 해드려 죄송합니다. 이 부분은 내부적으로 확인 중이며, 확인되는 대로 따로 연락드리겠습니다.

위 두 건의 결제를 부탁드리며, 궁금하신 점은 언제든 연락 주십시오.

감사합니다.
이지은 드림
채권관리팀 | 부산해운포워딩㈜
""", v=["fault_admission"], subtle=True,
      note="Confirms that two extra storage days were charged because we booked the release late (our error); nothing promised back.",
      ev=dict(contains=["HB-2602-0477", "HB-2603-0105"],
              sums=[[["3,250,000원", "5,118,400원"], "8,368,400원", None]]))

    D("vi", "Nhắc thanh toán lần cuối – hóa đơn SH-2026-0388", """
Kính gửi anh Tuấn,

Phòng Thu hồi Công nợ của Công ty TNHH Giao nhận Sông Hồng xin nhắc lại rằng hóa đơn SH-2026-0388 trị giá 186.450.000 VND (cước biển Hải Phòng–Los Angeles và phí làm hàng cho container BSNU 979138 6) đã quá hạn thanh toán từ ngày 13/03/2026, dù chúng tôi đã gửi thông báo vào các ngày 20/03 và 27/03.

Đây là lần nhắc cuối cùng trước khi chúng tôi chuyển sang yêu cầu thanh toán trước cho các lô hàng tiếp theo của quý công ty. Anh có thể thanh toán qua đường dẫn https://thanhtoan.songhong-logistics.example/SH-2026-0388.

Nếu có vướng mắc về hóa đơn, xin anh phản hồi email này hoặc gọi cho tôi theo số 0225 555 0147 để trao đổi trực tiếp.

Trân trọng,
Nguyễn Thị Lan
Phòng Thu hồi Công nợ
Công ty TNHH Giao nhận Sông Hồng
""", note="Last reminder with a business consequence (prepayment for future shipments); 'Phòng Thu hồi Công nợ' is our own debt-recovery department.",
      ev=dict(contains=["SH-2026-0388", "186.450.000 VND", "BSNU 979138 6"],
              dates=[["13/03/2026", "2026-03-13", None]]))

    D("vi", "Hóa đơn SH-2026-0351 – đừng để chúng tôi phải nhắc nữa", """
Anh Hùng,

Đã ba tuần rồi mà bên anh vẫn im lặng về 42.800.000 VND tiền lưu kho. Làm ăn kiểu này thật đáng xấu hổ, đúng là loại khách hàng chỉ biết hứa suông. Chúng tôi sẽ gọi cho anh mỗi ngày, kể cả cuối tuần, cho tới khi anh chịu trả tiền.

Nguyễn Thị Lan
Giao nhận Sông Hồng
""", v=["harassment"], note="Shaming insults and a threat of daily calls including weekends.",
      ev=dict(contains=["SH-2026-0351", "42.800.000 VND"]))

    D("ms", "Permohonan nombor PO dan nasihat pembayaran – Invois SMF-26-02214", """
Puan Nurul yang dihormati,

Terima kasih atas maklum balas puan. Kami faham bahawa jabatan akaun puan memerlukan nombor pesanan belian (PO) sebelum invois SMF-26-02214 (RM 14,385.60, fret udara Kuala Lumpur–Frankfurt, AWB 232-51843772) boleh diproses.

Boleh puan kongsikan nombor PO berkenaan? Sebaik sahaja kami menerimanya, kami akan menghantar semula invois dengan nombor PO tersebut. Jumlah dan tarikh akhir pembayaran, iaitu 20 Mac 2026, kekal sama.

Jika sebahagian bayaran telah dibuat, mohon hantarkan nasihat pembayaran (remittance advice) supaya kami dapat memadankannya.

Sekian, terima kasih.

Aisyah Rahman
Kredit & Kutipan
Selat Melaka Freight Sdn Bhd
Tel: +60 3 5555 0182
""", note="PO and remittance request; amount and due date unchanged; 'Kredit & Kutipan' is our credit and collection team.",
      ev=dict(contains=["SMF-26-02214", "RM 14,385.60"], awb=["232-51843772"],
              dates=[["20 Mac 2026", "2026-03-20", None]]))

    D("ms", "Penyata akaun – Mac 2026", """
Encik Lim yang dihormati,

Terima kasih kerana terus mempercayai Selat Melaka Freight untuk penghantaran eksport syarikat encik. Bersama ini kami lampirkan penyata akaun terkini bagi invois berikut:

SMF-26-01877 – fret laut Port Klang–Chennai, RM 6,240.00, tarikh akhir 27/02/2026
SMF-26-02045 – pengurusan kastam dan dokumen, RM 812.40, tarikh akhir 13/03/2026

Jumlah: RM 7,052.40.

Kami telah menerima bayaran encik sebanyak RM 7,000.00 pada 20 Mac untuk kedua-dua invois ini. Baki RM 52.40 itu tidak perlu dijelaskan; kami akan menutup akaun ini sebagai selesai.

Jika ada sebarang pertanyaan, jangan segan menghubungi kami.

Sekian, terima kasih.

Aisyah Rahman
Kredit & Kutipan, Selat Melaka Freight Sdn Bhd
""", v=["discount_offer"], subtle=True,
      note="Kindly writes off the RM 52.40 short-payment and closes the account: a settlement for less.",
      ev=dict(contains=["SMF-26-01877", "SMF-26-02045"],
              sums=[[["RM 6,240.00", "RM 812.40"], "RM 7,052.40", "."]],
              calc=[[{"a": "RM 7,052.40", "b": "RM 7,000.00"}, "a-b", "RM 52.40", "."]]))
