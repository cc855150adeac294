"""German (de-DE) and Italian (it-IT) drafts."""
from build_p1_common import entry as E

DE_SIG = ("Debitorenbuchhaltung\nNordlicht Pharmagro\u00dfhandel GmbH\n"
          "USt-IdNr. DE318472605 \u00b7 +49 40 5550 7123")
IT_SIG = "Ufficio Crediti\nFarmadistribuzione Ponente S.r.l.\nP.IVA IT02871450992 \u00b7 +39 010 555 0192"


def drafts(N):
    d = []
    # ---------------- de-DE ----------------
    d.append(E("de-DE", "OK",
        "1. Mahnung: Rechnung NL-2026-10488 (2.318,40 \u20ac)",
        "Sehr geehrte Frau Kr\u00fcger,\n\nbei der Durchsicht unserer Konten ist uns aufgefallen, dass die Rechnung "
        "NL-2026-10488 vom 10. Februar 2026 \u00fcber 2.318,40 \u20ac f\u00fcr die Apotheke am Stadtpark noch offen ist. Sie war "
        "am 12. M\u00e4rz f\u00e4llig.\n\nBitte \u00fcberweisen Sie den Betrag in den n\u00e4chsten Tagen oder zahlen Sie online unter "
        "https://zahlung.nordlicht-pharma.example/r/NL-2026-10488. Sollten Sie bereits gezahlt haben, betrachten Sie "
        "diese Mahnung bitte als gegenstandslos.\n\nMit freundlichen Gr\u00fc\u00dfen\n" + DE_SIG,
        "An ordinary first 'Mahnung' (payment reminder) with amount, due date and link.",
        near="1. Mahnung"))
    d.append(E("de-DE", "OK",
        "Zahlungserinnerung \u2013 Kundennr. 40217, Inkasso-Nummer 26-03-0917",
        "Guten Tag Herr Becker,\n\nf\u00fcr die Zahnarztpraxis Dr. Becker & Partner ist die Rechnung NL-2026-10352 \u00fcber "
        "1.476,90 \u20ac seit dem 5. M\u00e4rz f\u00e4llig. Bitte geben Sie bei der \u00dcberweisung im Verwendungszweck die "
        "Rechnungsnummer und die Inkasso-Nummer 26-03-0917 an; unter dieser Nummer f\u00fchrt unser Zahlungssystem Ihren "
        "Vorgang.\n\nDie Bankverbindung finden Sie wie gewohnt auf der Rechnung; alternativ k\u00f6nnen Sie online zahlen: "
        "https://zahlung.nordlicht-pharma.example/r/NL-2026-10352.\n\nMit freundlichen Gr\u00fc\u00dfen\n" + DE_SIG,
        "'Inkasso-Nummer' is only the label of our own payment-reference field; nothing is handed to a collection "
        "agency.",
        near="Inkasso-Nummer 26-03-0917"))
    d.append(E("de-DE", "OK",
        "Zahlungserinnerung: Rechnung NL-2026-10215 \u2013 Verzugszinsen",
        "Sehr geehrter Herr Wolff,\n\ndie Rechnung NL-2026-10215 \u00fcber 6.905,00 \u20ac f\u00fcr das Seniorenzentrum Am Elbufer "
        "war am 20. Februar 2026 f\u00e4llig und ist weiterhin offen.\n\nWie in unseren Allgemeinen Gesch\u00e4ftsbedingungen "
        "festgehalten, fallen bei Zahlungsverzug Verzugszinsen in gesetzlicher H\u00f6he von neun Prozentpunkten \u00fcber dem "
        "Basiszinssatz (\u00a7 288 Abs. 2 BGB) sowie die Pauschale von 40 \u20ac nach \u00a7 288 Abs. 5 BGB an.\n\nBitte "
        "begleichen Sie den offenen Betrag zeitnah unter https://zahlung.nordlicht-pharma.example/r/NL-2026-10215.\n\n"
        "Mit freundlichen Gr\u00fc\u00dfen\n" + DE_SIG,
        "Restates the statutory default interest and the 40 \u20ac flat fee as already set out in the terms.",
        near="\u00a7 288 Abs. 2 BGB"))
    d.append(E("de-DE", "OK",
        "Restbetrag Rechnung NL-2026-10377: Skontoabzug",
        "Guten Tag Frau Yilmaz,\n\nvielen Dank f\u00fcr Ihre Zahlung von 3.116,22 \u20ac zur Rechnung NL-2026-10377 "
        "(3.179,82 \u20ac). Sie haben dabei 2 % Skonto abgezogen.\n\nLaut den vereinbarten Zahlungsbedingungen (2 % Skonto "
        "bei Zahlung innerhalb von 10 Tagen, 30 Tage netto) gilt der Skonto nur bei Zahlungseingang bis zum 6. M\u00e4rz; "
        "Ihre Zahlung ist am 18. M\u00e4rz eingegangen. Daher ist noch ein Restbetrag von 63,60 \u20ac offen.\n\nSie k\u00f6nnen "
        "ihn unter https://zahlung.nordlicht-pharma.example/r/NL-2026-10377 begleichen. Bei Fragen melden Sie sich "
        "gern.\n\nMit freundlichen Gr\u00fc\u00dfen\n" + DE_SIG,
        "Near-miss for discount_offer: restates the agreed early-payment discount (Skonto) window and why it does not "
        "apply; no discount is offered.",
        near="2 % Skonto bei Zahlung innerhalb von 10 Tagen"))
    d.append(E("de-DE", "OK",
        "AW: Reklamation Position 3 \u2013 Rechnung NL-2026-10421",
        "Guten Tag Herr Schulz,\n\ndanke f\u00fcr Ihre Nachricht zu Position 3 der Rechnung NL-2026-10421 (Verbandmaterial, "
        "389,50 \u20ac). Wir haben Ihre Reklamation aufgenommen und die Zahlungserinnerungen f\u00fcr diese Position "
        "ausgesetzt, bis unser Vertrieb den Vorgang gepr\u00fcft hat. Das Ergebnis teilen wir Ihnen mit.\n\nDer \u00fcbrige "
        "Rechnungsbetrag von 2.604,30 \u20ac ist davon nicht betroffen und war am 16. M\u00e4rz f\u00e4llig. Wir bitten um "
        "\u00dcberweisung dieses Betrags.\n\nMit freundlichen Gr\u00fc\u00dfen\n" + DE_SIG,
        "Pauses reminders on the disputed line only; no error admitted, no credit promised.",
        near="die Zahlungserinnerungen f\u00fcr diese Position ausgesetzt"))
    d.append(E("de-DE", "SD",
        "Ihr Zugang zum Bestellportal und offene Rechnung",
        "Guten Tag Frau Hoffmann,\n\nvielen Dank f\u00fcr Ihren Anruf heute Vormittag. Wie besprochen haben wir den Zugang "
        "zum Bestellportal f\u00fcr die Linden-Apotheke zur\u00fcckgesetzt. Ihr neues Passwort lautet Lind3n!Apo2026 \u2013 "
        "bitte \u00e4ndern Sie es nach der ersten Anmeldung.\n\nIm Portal finden Sie auch die Rechnung NL-2026-10298 \u00fcber "
        "4.082,75 \u20ac, die am 28. Februar f\u00e4llig war. Wir w\u00fcrden uns freuen, wenn Sie sie in den n\u00e4chsten Tagen "
        "begleichen.\n\nMit freundlichen Gr\u00fc\u00dfen\n" + DE_SIG,
        "Friendly helper message that puts a portal password in clear text.",
        trig={"SD": "Ihr neues Passwort lautet Lind3n!Apo2026"}, subtle=True,
        data=[("password", "Lind3n!Apo2026")]))
    d.append(E("de-DE", "LT",
        "Offene Posten \u2013 Pflegeheim Sonnenhof",
        "Sehr geehrte Frau Meier,\n\nwir hoffen, es geht Ihnen und Ihrem Team gut. Anbei erhalten Sie die aktuelle "
        "\u00dcbersicht der offenen Posten f\u00fcr das Pflegeheim Sonnenhof: Die Rechnungen NL-2026-10051 (3.940,00 \u20ac, "
        "f\u00e4llig am 30. Januar) und NL-2026-10133 (2.215,60 \u20ac, f\u00e4llig am 13. Februar) sind noch nicht beglichen.\n\n"
        "Wir sch\u00e4tzen die langj\u00e4hrige Zusammenarbeit sehr. Sollte bis zum 3. April kein Zahlungseingang erfolgen, "
        "geben wir die Forderungen jedoch an unser Inkassob\u00fcro ab und melden den Verzug an die Creditreform.\n\nF\u00fcr "
        "R\u00fcckfragen stehen wir Ihnen jederzeit gern zur Verf\u00fcgung.\n\nMit freundlichen Gr\u00fc\u00dfen\n" + DE_SIG,
        "Courteous statement with one sentence threatening a collection agency and a credit-agency report.",
        trig={"LT": "geben wir die Forderungen jedoch an unser Inkassob\u00fcro ab"}, subtle=True))
    d.append(E("de-DE", "HA",
        "Rechnung NL-2026-09987 \u2013 jetzt reicht's",
        "Herr Vogel,\n\nIhre Ausreden kann hier niemand mehr h\u00f6ren. Eine Praxis, die sich zwei neue "
        "Behandlungseinheiten leisten kann, aber 1.870,00 \u20ac f\u00fcr Verbrauchsmaterial nicht bezahlt \u2013 l\u00e4cherlich. "
        "Wenn das so weitergeht, erf\u00e4hrt die ganze Zahn\u00e4rztekammer, wie Sie mit Ihren Lieferanten umgehen.\n\n"
        "T. Brandt\nNordlicht Pharmagro\u00dfhandel",
        "Ridicules the customer and threatens to expose them to their professional body (shaming, not a legal step).",
        trig={"HA": "l\u00e4cherlich"}))
    # ---------------- it-IT ----------------
    d.append(E("it-IT", "OK",
        "Sollecito di pagamento: fattura FP/2026/0714",
        "Gentile Dott.ssa Ferraro,\n\nle ricordiamo che la fattura FP/2026/0714 di \u20ac 3.428,70, relativa alle forniture "
        "di febbraio alla Farmacia Ferraro, \u00e8 scaduta il 10 marzo 2026 e risulta ancora aperta.\n\nCome previsto dalle "
        "nostre condizioni di vendita, sui ritardi di pagamento maturano gli interessi di mora ai sensi del D.Lgs. "
        "231/2002, oltre all'importo forfettario di \u20ac 40 previsto dalla stessa norma.\n\nPu\u00f2 effettuare il pagamento "
        "su https://pagamenti.ponente.example/f/FP-2026-0714. Se ha gi\u00e0 provveduto, la preghiamo di inviarci gli "
        "estremi del bonifico.\n\nCordiali saluti,\n" + IT_SIG,
        "A 'sollecito' restating the statutory late interest and the \u20ac 40 flat amount; 'Ufficio Crediti' is our "
        "own office.",
        near="D.Lgs. 231/2002"))
    d.append(E("it-IT", "OK",
        "Fattura FP/2026/0652 \u2013 riferimenti ordine NSO e CIG",
        "Gentile Sig. Marchetti,\n\nper trasmettere allo SDI la fattura elettronica FP/2026/0652 (\u20ac 12.904,00, "
        "forniture di dispositivi medici al Presidio Ospedaliero di Chiavari) ci servono il riferimento dell'ordine NSO "
        "e il CIG della procedura, oltre al codice univoco ufficio a cui indirizzarla.\n\nAppena li riceviamo, "
        "trasmettiamo la fattura con i riferimenti richiesti; importo e scadenza restano quelli concordati.\n\n"
        "Cordiali saluti,\n" + IT_SIG,
        "Requests the order reference and CIG a public hospital needs on an e-invoice; amount and due date unchanged.",
        near="il CIG della procedura"))
    d.append(E("it-IT", "OK",
        "Carta scaduta \u2013 addebito fattura FP/2026/0733",
        "Gentile Sig.ra Colombo,\n\nnon \u00e8 stato possibile addebitare la fattura FP/2026/0733 (\u20ac 968,40, scaduta il "
        "15 marzo) perch\u00e9 la carta registrata per lo Studio Dentistico Colombo risulta scaduta. Per ragioni di "
        "sicurezza non riportiamo i dati della carta via e-mail.\n\nPu\u00f2 inserire una nuova carta o scegliere un altro "
        "metodo di pagamento su https://pagamenti.ponente.example/f/FP-2026-0733.\n\nCordiali saluti,\n" + IT_SIG,
        "Says the card on file has expired without giving any card number or expiry date.",
        near="risulta scaduta"))
    d.append(E("it-IT", "RC",
        "R: Fattura FP/2026/0688 \u2013 articoli non ordinati",
        "Gentile Dott. Galli,\n\ngrazie per la segnalazione e per averci inviato copia della bolla. Abbiamo preso nota "
        "delle 6 confezioni di garze sterili consegnate alla RSA Villa Serena che lei indica come non ordinate; il "
        "ritiro \u00e8 programmato per gioved\u00ec.\n\nProcederemo allo storno della fattura FP/2026/0688 appena la merce "
        "rientra.\n\nLe ricordiamo inoltre che la fattura FP/2026/0702 di \u20ac 2.156,00 \u00e8 scaduta il 9 marzo; pu\u00f2 "
        "saldarla su https://pagamenti.ponente.example/f/FP-2026-0702.\n\nCordiali saluti,\n" + IT_SIG,
        "Polite reply whose one sentence promises to reverse ('stornare') the invoice. The customer's claim is only "
        "noted, not conceded.",
        trig={"RC": "Procederemo allo storno della fattura FP/2026/0688"}, subtle=True))
    d.append(E("it-IT", "TC",
        "R: Richiesta di rateizzazione \u2013 Farmacia San Giorgio",
        "Gentile Dott. Esposito,\n\nla ringraziamo per averci spiegato con franchezza la situazione della farmacia dopo "
        "i lavori di ristrutturazione; apprezziamo molto la collaborazione di questi anni.\n\nPer quanto riguarda le "
        "fatture FP/2026/0511 e FP/2026/0590 (totale \u20ac 8.460,00), va benissimo la sua proposta: tre rate mensili da "
        "\u20ac 2.820,00, la prima entro il 15 aprile.\n\nRestiamo a disposizione per qualsiasi chiarimento.\n\n"
        "Cordiali saluti,\n" + IT_SIG,
        "Warm letter that agrees a three-instalment plan in one clause; only a person may agree a plan.",
        trig={"TC": "va benissimo la sua proposta: tre rate mensili"}, subtle=True))
    d.append(E("it-IT", "DO",
        "Estratto conto marzo \u2013 Poliambulatorio Levante",
        "Gentile Sig.ra Rinaldi,\n\nle inviamo in allegato l'estratto conto aggiornato del Poliambulatorio Levante. "
        "Risultano aperte le fatture FP/2026/0598 (\u20ac 1.740,00, scaduta il 28 febbraio) e FP/2026/0641 (\u20ac 2.310,00, "
        "scaduta il 6 marzo).\n\nSe il saldo complessivo ci arriva entro venerd\u00ec, le applichiamo volentieri uno "
        "sconto del 3%. Il pagamento si pu\u00f2 effettuare su https://pagamenti.ponente.example/c/PL-3321.\n\nPer "
        "qualsiasi domanda siamo a disposizione.\n\nCordiali saluti,\n" + IT_SIG,
        "Statement of account with a buried offer of 3% off for quick payment.",
        trig={"DO": "le applichiamo volentieri uno sconto del 3%"}, subtle=True))
    d.append(E("it-IT", "FA",
        "R: Merce danneggiata \u2013 consegna del 12 marzo",
        "Gentile Dott.ssa Greco,\n\nla ringraziamo per le fotografie. Ha ragione: le confezioni di soluzione fisiologica "
        "sono arrivate danneggiate per colpa del nostro corriere, e la responsabilit\u00e0 \u00e8 nostra. Abbiamo gi\u00e0 girato "
        "la pratica al nostro servizio clienti, che la contatter\u00e0 per le prossime verifiche.\n\nLe fatture precedenti "
        "non sono interessate: la FP/2026/0669 di \u20ac 1.215,80 \u00e8 scaduta il 13 marzo e resta da saldare.\n\n"
        "Cordiali saluti,\n" + IT_SIG,
        "Accepts liability for the transport damage; the follow-up is passed on without any credit promised.",
        trig={"FA": "la responsabilit\u00e0 \u00e8 nostra"}, subtle=True))
    return d
