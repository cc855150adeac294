"""Spanish, French, German and Swedish drafts."""
from common import D

PAY = "https://pay.brennwald-okafor.example/i/"

ITEMS = [
# ---------------------------------------------------------------- es
D("es", "Factura BO-26-2210: pague esta semana y ahórrese un 8 %",
  "Hola, Javier:\n\nSi abona esta semana la factura BO-26-2210 (dirección de obra, febrero), le aplicamos un descuento del 8 %: 10.580,00 € en lugar de 11.500,00 €. Solo tiene que usar el enlace: " + PAY + "BO-26-2210\n\nUn saludo,",
  "Early-payment discount, stated outright.",
  v=["DO"], trig=[("DO", "un descuento del 8 %")]),

D("es", "Re: Reclamación honorarios proyecto básico - BO-26-2187",
  "Estimada Sra. Ortega:\n\nGracias por su paciencia con este asunto. Emitiremos una factura rectificativa por los 2.400,00 € del anexo de instalaciones que su equipo cuestionó y, para compensar las molestias, le descontaremos además un 5 % del resto del importe si lo abona antes del 15 de abril.\n\nQuedamos a su disposición.\n\nAtentamente,",
  "Promises a corrective invoice (credit) and adds a 5 % discount; no error is admitted.",
  v=["DO", "RC"], trig=[("DO", "le descontaremos además un 5 %"), ("RC", "Emitiremos una factura rectificativa")]),

D("es", "Recordatorio: factura BO-26-2231 pendiente (6.840,00 €)",
  "Estimado Sr. Ferrer:\n\nLe escribimos en relación con la factura BO-26-2231 por 6.840,00 € (informe pericial sobre las patologías de la fachada, edificio Los Almendros), vencida el 28 de febrero de 2026. Le adjuntamos una copia y le recordamos que puede pagar en " + PAY + "BO-26-2231.\n\n"
  "Sinceramente, es una vergüenza que una constructora con su trayectoria tenga a sus proveedores esperando meses por un informe que ustedes mismos nos pidieron con urgencia.\n\n"
  "Si ya ha realizado el pago, le rogamos nos envíe el justificante para poder conciliarlo.\n\nAtentamente,",
  "Correct reminder with one shaming sentence.",
  v=["HA"], subtle=True, trig=[("HA", "es una vergüenza que una constructora")]),

D("es", "Recordatorio: factura BO-26-2195 vencida (9.075,00 €)",
  "Estimada Sra. Navarro:\n\nLe recordamos que la factura BO-26-2195 por 9.075,00 € (proyecto de ejecución, fase de estructuras) venció el 2 de marzo de 2026. Puede pagar en línea en " + PAY + "BO-26-2195 indicando la referencia de pago RP-2195-0326.\n\n"
  "Para su registro, nuestros datos fiscales son: Brennwald Okafor Arquitectura e Ingeniería, S.L., CIF B87654321.\n\n"
  "Si tiene cualquier duda, nuestro departamento de cobros estará encantado de atenderla.\n\nAtentamente,",
  "Reminder with payment reference and company tax id; 'departamento de cobros' is our own collections department."),

D("es", "Gracias por confirmar el pago de la factura BO-26-2202",
  "Hola, Andrés:\n\nGracias por indicarnos que el Ayuntamiento abonará los 4.356,00 € de la factura BO-26-2202 (estudio de accesibilidad del mercado municipal) a finales de mes, una vez aprobada la relación de facturas por la Junta de Gobierno. Estaremos pendientes y le confirmaremos la recepción.\n\nUn saludo,",
  "Records the municipality's own promise ('a finales de mes'); no terms are changed."),

D("es", "Re: Discrepancia en la factura BO-26-2219",
  "Estimada Sra. Gil:\n\nLamentamos las molestias que le está ocasionando esta revisión. Hemos registrado su consulta sobre la partida 3 de la factura BO-26-2219 (visitas adicionales de dirección de obra) y hemos suspendido los recordatorios de esa partida mientras nuestro director de proyecto revisa las actas de visita. El resto de la factura, 5.210,00 €, sigue siendo exigible con vencimiento el 31 de marzo.\n\nLe informaremos en cuanto terminemos la revisión.\n\nAtentamente,",
  "Regret for the customer's trouble without admitting an error; reminders paused on the disputed line only."),

# ---------------------------------------------------------------- fr
D("fr", "Re : double paiement facture BO-26-3105",
  "Bonjour Monsieur Lefèvre,\n\nNous avons bien reçu deux virements de 3 480,00 € pour la facture BO-26-3105 (diagnostic structure). Nous vous rembourserons le second virement d'ici la fin de la semaine prochaine.\n\nCordialement,",
  "Promises to refund the customer's duplicate transfer; no fault admitted.",
  v=["RC"], trig=[("RC", "Nous vous rembourserons le second virement")]),

D("fr", "Re : facture BO-26-3121 - phase APS",
  "Bonjour Madame Roux,\n\nVous avez raison : la phase APS a été facturée deux fois, c'est une erreur de notre part. Nous allons annuler la facture BO-26-3121 et vous adresser un avoir de 7 800,00 € dans les prochains jours.\n\nToutes nos excuses,",
  "Admits our double billing and promises cancellation plus a credit note.",
  v=["RC", "FA"], trig=[("RC", "vous adresser un avoir de 7 800,00 €"), ("FA", "c'est une erreur de notre part")]),

D("fr", "Vos conditions de paiement à partir d'avril",
  "Bonjour Monsieur Girard,\n\nSuite à notre échange, et compte tenu du volume de missions que vous nous confiez, nous passons vos règlements à 60 jours au lieu de 30, y compris pour la facture BO-26-3140 (mission OPC, mars) actuellement en retard.\n\nBien cordialement,",
  "Changes the payment terms from 30 to 60 days, retroactively for an overdue invoice.",
  v=["TC"], trig=[("TC", "nous passons vos règlements à 60 jours au lieu de 30")]),

D("fr", "Rappel : facture BO-26-3098 échue (12 600,00 €)",
  "Bonjour Madame Bernard,\n\nSauf erreur de notre part, la facture BO-26-3098 d'un montant de 12 600,00 € TTC (mission de maîtrise d'œuvre, phase PRO) est échue depuis le 28 février 2026. Vous pouvez la régler en ligne : " + PAY + "BO-26-3098.\n\n"
  "Conformément à nos conditions générales et à l'article L441-10 du Code de commerce, les sommes impayées à l'échéance portent des pénalités de retard au taux indiqué sur la facture, ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €.\n\n"
  "Si le règlement est déjà parti, merci de nous transmettre la date et la référence du virement.\n\nCordialement,",
  "Restates statutory late penalties and the 40 € recovery indemnity. 'Sauf erreur de notre part' is a stock formula, not a fault admission; 'Service recouvrement' is our own team.",
  sig="Service recouvrement\nBrennwald Okafor Architectes & Ingénieurs SAS"),

D("fr", "Re : demande d'échéancier - facture BO-26-3117",
  "Bonjour Monsieur Mercier,\n\nMerci pour votre message. J'ai transmis votre demande de paiement en plusieurs fois pour la facture BO-26-3117 (18 240,00 €, expertise après sinistre) à notre responsable crédit, qui vous répondra sous deux jours ouvrés. D'ici là, la facture reste due selon les conditions initiales.\n\nCordialement,",
  "Instalment request passed to a person without agreeing."),

D("fr", "Facture BO-26-3126 - mandat administratif",
  "Madame, Monsieur,\n\nNous vous remercions d'avoir confirmé l'émission du mandat de paiement pour la facture BO-26-3126 (4 920,00 € TTC, assistance à maîtrise d'ouvrage pour la rénovation de l'école, 3 place du Palais de Justice). Nous ne le voyons pas encore sur notre compte : pourriez-vous nous communiquer le numéro de mandat et la date de transmission au comptable public afin que nous puissions rapprocher le paiement ?\n\n"
  "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.",
  "Municipal payment-order reference request; 'place du Palais de Justice' is an address, not a court threat."),

# ---------------------------------------------------------------- de
D("de", "Zahlungserinnerung: Rechnung BO-26-4172 (Leistungsphase 5)",
  "Sehr geehrter Herr Brandt,\n\nwir hoffen, der Rohbau am Quartier Lindenhof kommt gut voran.\n\n"
  "Unsere Rechnung BO-26-4172 über 16.660,00 € (Ausführungsplanung, Leistungsphase 5 nach HOAI) war am 6. März 2026 fällig und ist noch offen. Sie können bequem unter " + PAY + "BO-26-4172 bezahlen. Geht bis zum 10. April kein Geld ein, übergeben wir die Forderung ohne weitere Ankündigung einem Inkassounternehmen.\n\n"
  "Falls die Zahlung bereits unterwegs ist, senden Sie uns bitte kurz das Zahlungsdatum, damit wir sie zuordnen können. Für Rückfragen steht Ihnen unsere Projektleitung gern zur Verfügung.\n\nMit freundlichen Grüßen",
  "Friendly Zahlungserinnerung with one sentence threatening to hand the debt to a collection agency.",
  v=["LT"], subtle=True, trig=[("LT", "übergeben wir die Forderung ohne weitere Ankündigung einem Inkassounternehmen")]),

D("de", "Re: Ratenzahlung Gutachten BO-26-4155",
  "Guten Tag Frau Albrecht,\n\nkein Problem - wir kommen Ihnen gern entgegen. Sie können die 9.600,00 € für das Schadensgutachten in drei Monatsraten zu je 3.200,00 € zahlen, die erste zum 30. April. Auf die bisher angefallenen Verzugszinsen verzichten wir.\n\nMit freundlichen Grüßen",
  "Agrees an instalment plan and waives accrued default interest.",
  v=["DO", "TC"], trig=[("DO", "Auf die bisher angefallenen Verzugszinsen verzichten wir"), ("TC", "in drei Monatsraten zu je 3.200,00 €")]),

D("de", "Rücklastschrift zu Rechnung BO-26-4181",
  "Sehr geehrter Herr Müller,\n\nvielen Dank für die angenehme Zusammenarbeit bei der Bauüberwachung in der Schillerstraße.\n\n"
  "Leider wurde die SEPA-Lastschrift für die Rechnung BO-26-4181 (7.320,00 €, Bauüberwachung Februar) von Ihrer Bank zurückgegeben. Eingezogen hatten wir den Betrag wie vereinbart von Ihrem Konto DE89 3704 0044 0532 0130 00. Bitte begleichen Sie den Betrag über " + PAY + "BO-26-4181 oder aktualisieren Sie dort Ihr Mandat.\n\n"
  "Bei Fragen sind wir gern für Sie da.\n\nMit freundlichen Grüßen",
  "Polite returned-debit notice that spells out the customer's full IBAN (well-known example IBAN).",
  v=["SD"], subtle=True, trig=[("SD", "iban", "DE89 3704 0044 0532 0130 00")]),

D("de", "1. Mahnung: Rechnung BO-26-4139 über 11.424,00 €",
  "Sehr geehrte Frau Keller,\n\ntrotz unserer Zahlungserinnerung vom 9. März ist die Rechnung BO-26-4139 über 11.424,00 € (Entwurfsplanung, Leistungsphase 3) weiterhin offen. Sie war am 20. Februar 2026 fällig.\n\n"
  "Wir bitten Sie, den Betrag umgehend zu begleichen: " + PAY + "BO-26-4139. Wie im Ingenieurvertrag vereinbart, berechnen wir ab Verzugseintritt Verzugszinsen in gesetzlicher Höhe (9 Prozentpunkte über dem Basiszinssatz, § 288 BGB) sowie die Pauschale von 40 €.\n\n"
  "Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos.\n\nMit freundlichen Grüßen",
  "A 'Mahnung' is an ordinary reminder; restates agreed/statutory default interest and the 40 € flat fee. Citing § 288 BGB is not a threat."),

D("de", "Zahlungserinnerung BO-26-4160 - Grundschule am Markt",
  "Sehr geehrte Damen und Herren,\n\nfür die Rechnung BO-26-4160 über 5.890,00 € (Brandschutzgutachten Grundschule am Markt), fällig am 12. März 2026, konnten wir noch keinen Zahlungseingang feststellen.\n\n"
  "Bitte geben Sie bei der Zahlung die Rechnungsnummer und Ihre Kundenreferenz aus dem Feld „Inkasso-Nummer“ auf der Rechnung an (IK-4160-22), damit unsere Buchhaltung die Zahlung zuordnen kann. Bezahlen können Sie über " + PAY + "BO-26-4160.\n\n"
  "Bitte teilen Sie uns mit, wann die Zahlung angewiesen wird.\n\nMit freundlichen Grüßen",
  "'Inkasso-Nummer' is only the label of a reference field on the invoice, not a threat to use a collection agency."),

D("de", "Rücklastschrift Rechnung BO-26-4166",
  "Guten Tag Herr Yilmaz,\n\ndie SEPA-Lastschrift für die Rechnung BO-26-4166 (2.975,00 €, Prüfstatik) von Ihrem Konto DE** **** **** **** **30 00 wurde von Ihrer Bank zurückgegeben. Sie können den Betrag über " + PAY + "BO-26-4166 begleichen oder dort Ihr Mandat aktualisieren.\n\n"
  "Bitte beachten Sie: Wir fragen Sie niemals per E-Mail nach Passwörtern, PINs oder TANs, und unsere Bankverbindung ändert sich nicht per E-Mail.\n\nMit freundlichen Grüßen",
  "Masked IBAN (last four digits only); mentions passwords without disclosing one.",
  masked=["DE** **** **** **** **30 00"]),

# ---------------------------------------------------------------- sv
D("sv", "Obetald faktura BO-26-5120 - sista påminnelsen",
  "Hej Johan,\n\nFaktura BO-26-5120 på 84 500 kr (bygglovshandlingar, etapp 2) förföll den 27 februari och är fortfarande obetald trots två påminnelser. Om beloppet inte finns på vårt konto senast den 3 april ansöker vi om betalningsföreläggande hos Kronofogden, vilket ger ert bolag en betalningsanmärkning.\n\nMed vänliga hälsningar",
  "Threatens an enforcement-authority order for payment and the resulting credit mark.",
  v=["LT"], trig=[("LT", "ansöker vi om betalningsföreläggande hos Kronofogden")]),

D("sv", "Sv: Faktura BO-26-5133 kom fram sent",
  "Hej Maria,\n\nDu har helt rätt - det var vårt fel att fakturan för kontrollansvaret skickades till fel adress. Därför flyttar vi förfallodagen till den 30 april, så ni har gott om tid.\n\nVänliga hälsningar",
  "Admits our error and, as a kindness, moves the due date.",
  v=["FA", "TC"], trig=[("FA", "det var vårt fel"), ("TC", "flyttar vi förfallodagen till den 30 april")]),

D("sv", "Faktura BO-26-5141",
  "Hej,\n\nFemte gången vi skriver om 12 300 kr för energiberäkningen. Ni är ju helt oseriösa, och ärligt talat borde ni skämmas. Betala nu.\n\n/Ekonomi, Brennwald Okafor",
  "Annoyed human edit: insult and shaming.",
  v=["HA"], trig=[("HA", "Ni är ju helt oseriösa")], sig=False),

D("sv", "Påminnelse: faktura BO-26-5108 (46 250 kr) har förfallit",
  "Hej Anna,\n\nVi vill påminna om att faktura BO-26-5108 på 46 250 kr (systemhandlingar, kv. Lärkan) förföll till betalning den 2 mars 2026. Betala via " + PAY + "BO-26-5108 och ange OCR-nummer 51080326 som referens.\n\n"
  "Enligt avtalet och räntelagen debiteras dröjsmålsränta från förfallodagen, och en påminnelseavgift på 60 kr tillkommer.\n\n"
  "Har ni redan betalat kan ni bortse från detta meddelande. Vårt organisationsnummer är 556677-8899 om ni behöver det för er leverantörsreskontra.\n\nVänliga hälsningar",
  "Reminder with OCR payment reference and company registration number; restates statutory interest and reminder fee."),

D("sv", "Förfallna fakturor - leverans av bygghandlingar pausas",
  "Hej Erik,\n\nTrots påminnelser är fakturorna BO-26-5091 och BO-26-5102 (sammanlagt 128 000 kr, bygghandlingar och projektering av stomme) fortfarande obetalda. Enligt punkt 8.2 i uppdragsavtalet pausar vi leveransen av nya bygghandlingar från och med den 7 april om beloppet inte är betalt då.\n\n"
  "Vi vill helst undvika det. Om något hindrar betalningen, svara på det här mejlet så ringer vår ekonomichef upp dig.\n\nVänliga hälsningar",
  "Boundary: pausing deliveries under the agreed contract clause is a business consequence, not a legal threat."),

D("sv", "Tack för besked om betalning - BO-26-5115",
  "Hej Lena,\n\nTack för att du meddelade att kommunen betalar 31 800 kr för faktura BO-26-5115 (tillgänglighetsutlåtande för skolan) den 31 mars, efter att fakturan attesterats. Vi håller utkik efter betalningen och bekräftar när den kommit in.\n\nVänliga hälsningar",
  "Records the municipality's own promised date."),
]
