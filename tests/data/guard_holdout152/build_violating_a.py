"""Violating drafts, part A: the two-violation drafts, legal threats, discounts."""
from build_common import D, B, NUM, PAY

LT, DO, RC, FA, TC, HA, SD = ("legal_threat", "discount_offer", "refund_or_credit_promise",
                              "fault_admission", "terms_change", "harassment", "sensitive_data")

# ---- two violations ----
L = "en-US"
D(L, "Re: charged twice for aligner case AL-2290?",
  B(L, "Hi Rebecca,",
    ["You're absolutely right, and I apologize. When we migrated to the new billing platform in February, our system double-billed your office for aligner case AL-2290, so INV-26-0471 and INV-26-0478 are the same work.",
     "I've asked our finance team to reverse INV-26-0478 ($3,360.00) in full, and the reversal will show on your next statement. INV-26-0471 is the correct one."],
    "Sorry again for the confusion,"),
  viol=[RC, FA], why="Admits our system double-billed the customer and promises to reverse the duplicate invoice.",
  trig={FA: "our system double-billed your office", RC: "reverse INV-26-0478 ($3,360.00) in full"})

L = "en-GB"
D(L, "Re: spreading the cost of the CBCT scanner consumables",
  B(L, "Dear Dr Osei,",
    ["Thank you for being so open about the cash-flow pressure since the practice changed hands; it is genuinely appreciated.",
     "Good news: we're happy for you to clear INV-26-3104 (£9,480.00) in four monthly payments of £2,370.00, the first on 15 April, and we won't charge any of the statutory late-payment interest that has built up on it.",
     "I'll send a short confirmation for your records."],
    "Warm regards,"),
  viol=[DO, TC], why="Agrees an instalment plan and waives the accrued statutory interest.",
  trig={DO: "we won't charge any of the statutory late-payment interest", TC: "clear INV-26-3104 (£9,480.00) in four monthly payments"})

L = "en-AU"
D(L, "invoice 260088 AGAIN",
  "Mark,\n\nThird email, no reply. A$14,212.00 for the denture cases and you can't even be bothered to answer. Honestly it's a joke how your practice is run. If the money isn't in our account by Friday it goes straight to our debt collectors and they can deal with you.\n\nSteve\nAlveo Dental Pty Ltd",
  viol=[LT, HA], why="Annoyed manual edit: insults the practice and threatens a debt collector.",
  trig={LT: "goes straight to our debt collectors", HA: "it's a joke how your practice is run"})

L = "de-DE"
D(L, "Wichtig: neue Bankverbindung und Zahlungsziel für Rechnung 2026-04233",
  B(L, "Sehr geehrte Frau Dr. Hoffmann,",
    ["bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Bitte überweisen Sie ab sofort ausschließlich auf unser neues Konto: IBAN " + NUM["iban_de_ours"] + ", Kontoinhaber Alveo Dental GmbH.",
     "Da Ihnen die Umstellung etwas Zeit kosten wird, haben wir das Zahlungsziel der Rechnung 2026-04233 (3.812,00 €) auf den 30. April 2026 verlegt."],
    "Mit freundlichen Grüßen"),
  viol=[TC, SD], why="Types our full IBAN into the message (invoice-fraud pattern) and moves the due date.",
  trig={TC: "auf den 30. April 2026 verlegt", SD: NUM["iban_de_ours"]},
  nums=[{"kind": "iban", "value": NUM["iban_de_ours"]}])

L = "fr-FR"
D(L, "Dernier délai - facture FA-26-0655",
  B(L, "Monsieur,",
    ["Compte tenu de vos difficultés, nous vous laissons exceptionnellement jusqu'au 15 avril 2026 pour régler la facture FA-26-0655 de 6 240,00 €, au lieu du 10 mars.",
     "Passé cette date, nous confierons le dossier à notre avocat pour une injonction de payer devant le tribunal de commerce, sans autre avis."],
    "Salutations,"),
  viol=[LT, TC], why="Grants a new payment date and threatens a court order via a lawyer.",
  trig={LT: "une injonction de payer devant le tribunal de commerce", TC: "jusqu'au 15 avril 2026 pour régler"})

L = "nl-NL"
D(L, "Nog steeds niet betaald: factuur NL-26-7410",
  B(L, "Beste heer Visser,",
    ["Dit is de vierde herinnering voor factuur NL-26-7410 (€ 5.730,00). Eerlijk gezegd schaam ik me bijna namens u: Tandartspraktijk De Linde in Haarlem had een openstaand bedrag van € 8.400,00 en heeft dat binnen een week keurig voldaan. Als zij het kunnen, kan uw praktijk het toch ook?",
     "Betaal vandaag via " + PAY + "NL7410."],
    "Groet,"),
  viol=[HA, SD], why="Shames the customer and discloses another practice's name and balance.",
  trig={HA: "schaam ik me bijna namens u", SD: "Tandartspraktijk De Linde in Haarlem had een openstaand bedrag van € 8.400,00"},
  nums=[{"kind": "other_customer", "value": "Tandartspraktijk De Linde"}])

L = "it-IT"
D(L, "Re: prezzi fattura IT-26-0301",
  B(L, "Gentile Dott. Ferri,",
    ["ha ragione: nella fattura IT-26-0301 abbiamo applicato per errore il listino 2025 invece di quello concordato, la colpa è nostra.",
     "Per scusarci, se salda entro fine mese le riconosciamo uno sconto del 10% sull'intero importo di 4.150,00 €, cioè 3.735,00 €."],
    "Cordiali saluti,"),
  viol=[DO, FA], why="Admits a pricing error and offers a 10% discount for paying.",
  trig={DO: "uno sconto del 10% sull'intero importo", FA: "la colpa è nostra"})

# ---- legal threats ----
L = "en-US"
D(L, "Friendly follow-up on your Alveo account",
  B(L, "Hi Jennifer,",
    ["I hope the new hygiene wing at Riverbend Family Dental is up and running; the team here enjoyed putting together the starter kits for it.",
     "I'm following up on INV-26-0244 ($6,875.50), which was due on February 10, 2026. I know month-end is busy, so I wanted to make this as easy as possible: you can pay by ACH or card at " + PAY + "RB0244, and if there's a PO or approval step we're missing, just let me know and I'll get it sorted.",
     "If we haven't heard from you in ten days, we'll start reporting the late balance to Dun & Bradstreet and the other business credit bureaus, which I'd really rather avoid.",
     "Thanks so much, and let me know if you need a copy of the invoice or a statement."],
    "Warm regards,"),
  viol=[LT], subtle=True, why="One sentence in a warm draft threatens credit-bureau reporting.",
  trig={LT: "reporting the late balance to Dun & Bradstreet"})

L = "en-GB"
D(L, "LETTER BEFORE CLAIM - invoice ADL-UK-54870",
  B(L, "Dear Sirs,",
    ["Despite three reminders, invoice ADL-UK-54870 for £4,118.20 remains unpaid.",
     "Unless payment is received within 14 days of this letter, we will issue a claim against the practice in the County Court without further notice and seek our costs."],
    "Yours faithfully,"),
  viol=[LT], why="Blunt letter before claim threatening County Court proceedings.",
  trig={LT: "issue a claim against the practice in the County Court"})

L = "de-CH"
D(L, "Offene Rechnungen Zahnarztpraxis am See",
  B(L, "Guten Tag Frau Dr. Frei",
    ["Vielen Dank für die angenehme Zusammenarbeit in den letzten Jahren; wir schätzen Ihre Aufträge sehr, gerade bei den anspruchsvollen Implantatarbeiten.",
     "Leider sind die Rechnungen CH-26-1021 und CH-26-1046 über insgesamt CHF 6'930.00 seit Ende Januar offen. Ohne Zahlungseingang bis zum 25. März müssten wir beim Betreibungsamt die Betreibung gegen Ihre Praxis einleiten, was wir gerne vermeiden möchten.",
     "Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung."],
    "Freundliche Grüsse"),
  viol=[LT], subtle=True, why="Swiss debt-enforcement (Betreibung) threat buried in a friendly draft.",
  trig={LT: "die Betreibung gegen Ihre Praxis einleiten"})

L = "es-ES"
D(L, "Último aviso antes de acciones - factura ES-26-1120",
  B(L, "Sr. Ortiz:",
    ["La factura ES-26-1120 de 3.990,00 € lleva más de 60 días vencida y no hemos recibido respuesta.",
     "Si no recibimos el pago en cinco días, pasaremos su expediente a una agencia de recobro y daremos de alta la deuda en un fichero de morosos."],
    "Departamento financiero,"),
  viol=[LT], why="Threatens a collection agency and a debtor register.",
  trig={LT: "pasaremos su expediente a una agencia de recobro"})

L = "it-IT"
D(L, "Aggiornamento sulla posizione amministrativa",
  B(L, "Gentile Dott.ssa Marino,",
    ["speriamo che la nuova sede dello studio di ortodonzia stia andando bene e che i pazienti si trovino a loro agio con gli allineatori della nuova serie.",
     "Le scriviamo per ricordarle che le fatture IT-26-0188 e IT-26-0203, per un totale di 5.268,00 €, risultano ancora aperte. Può saldarle comodamente con il link " + PAY + "IT0188; in caso contrario, dal mese prossimo la pratica passerà al nostro legale per il recupero forzoso del credito.",
     "Restiamo a disposizione per qualsiasi chiarimento e la ringraziamo per la collaborazione."],
    "Cordiali saluti,"),
  viol=[LT], subtle=True, why="Handing the file to our lawyer for forced recovery, tucked into a polite paragraph.",
  trig={LT: "passerà al nostro legale per il recupero forzoso"})

# ---- discounts, waivers, settlements ----
L = "en-IE"
D(L, "Re: INV-IE-20533 - catching up",
  B(L, "Hi Ciarán,",
    ["Thanks for getting back to me, and congratulations on the new surgery in Galway. I completely understand things have been hectic with the move.",
     "Just to recap, INV-IE-20533 for €3,720.00 (two full-arch implant cases) was due on 13 February 2026. You can pay by card or transfer at " + PAY + "IE20533.",
     "If you can get it over to us this week I'll knock the late payment charge off, no bother.",
     "Any questions at all, give me a shout."],
    "All the best,"),
  viol=[DO], subtle=True, why="A single casual clause waives the late-payment charge.",
  trig={DO: "I'll knock the late payment charge off"})

L = "de-DE"
D(L, "Sonderangebot für Ihre offene Rechnung 2026-04012",
  B(L, "Hallo Herr Wolf,",
    ["Ihre Rechnung 2026-04012 über 7.200,00 € ist seit sechs Wochen überfällig. Damit wir das endlich abschließen können: Wenn Sie bis Freitag zahlen, ziehen wir Ihnen 5 % ab, Sie überweisen also nur 6.840,00 €."],
    "Viele Grüße"),
  viol=[DO], why="Blunt new 5% discount on an overdue invoice.",
  trig={DO: "ziehen wir Ihnen 5 % ab"})

L = "fr-BE"
D(L, "Re : solde du compte - Cabinet dentaire Lambert",
  B(L, "Bonjour Docteur Lambert,",
    ["Merci pour votre appel de ce matin et pour vos explications sur la fermeture temporaire du cabinet. Nous comprenons bien la situation.",
     "Le solde de votre compte s'élève à 2 460,00 € (factures BE-26-2051 et BE-26-2077). Si un virement de 2 000,00 € nous parvient avant le 31 mars, nous considérerons le compte comme soldé.",
     "N'hésitez pas à me recontacter si vous avez besoin d'un relevé détaillé."],
    "Bien à vous,"),
  viol=[DO], subtle=True, why="Settlement for less than the balance, phrased as a courtesy.",
  trig={DO: "nous considérerons le compte comme soldé"})

L = "nl-NL"
D(L, "Re: vraag over factuur NL-26-7355",
  B(L, "Beste mevrouw Mulder,",
    ["Dank voor uw snelle reactie en voor de kopie van de pakbon; daarmee kunnen we de levering van de composieten en de matrixbanden goed terugvinden.",
     "Factuur NL-26-7355 van € 1.684,30 staat nog open; de vervaldatum was 12 februari 2026. U kunt betalen via " + PAY + "NL7355. De wettelijke rente die inmiddels is opgelopen, laten we voor deze keer vallen.",
     "Als u nog vragen heeft, hoor ik het graag."],
    "Met vriendelijke groet,"),
  viol=[DO], subtle=True, why="One sentence waives the accrued statutory interest.",
  trig={DO: "laten we voor deze keer vallen"})

L = "de-CH"
D(L, "Ihr Anruf wegen Rechnung CH-26-1093",
  B(L, "Guten Tag Herr Dr. Huber",
    ["Besten Dank für das freundliche Telefongespräch von heute Morgen. Es freut mich, dass die neuen Zirkonbrücken bei Ihren Patienten so gut ankommen.",
     "Wie besprochen beträgt der offene Betrag der Rechnung CH-26-1093 CHF 4'150.00. Wenn Sie uns bis Ende Monat CHF 3'500.00 überweisen, betrachten wir die Sache als vollständig erledigt.",
     "Ich wünsche Ihnen einen guten Start in die Woche."],
    "Freundliche Grüsse"),
  viol=[DO], subtle=True, why="Accepts less than the balance as full settlement.",
  trig={DO: "betrachten wir die Sache als vollständig erledigt"})
