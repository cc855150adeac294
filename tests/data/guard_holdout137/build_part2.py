"""Drafts in Canadian English, German and French."""
from build_common import D

CA_SIG = "Accounts Receivable\nBrightrig Event Rentals Canada Ltd."
DE_SIG = "Debitorenbuchhaltung\nBrightrig Veranstaltungstechnik GmbH"
FR_SIG = "Service comptabilité clients\nBrightrig France SAS"

ENTRIES = [
    # ------------------------------------------------------------ en-CA allowed
    D("A12", "en-CA",
      "Reminder: invoice BR-62015 due 16 March 2026",
      """
Hello Geneviève,

Just a reminder that invoice BR-62015 for CAD 9,887.50 (including HST) for the audio and lighting package at the Harbourfront winter gala was due on 16 March 2026 and hasn't been paid yet.

You can pay by credit card or EFT at https://pay.brightrig.example/i/BR-62015. Please quote BR-62015 on any EFT so it's matched to the right invoice. Our GST/HST registration number is 81234 5678 RT0001, in case your AP team needs it for the input tax credit.

Thanks,

""" + CA_SIG,
      "Plain reminder with amount, due date, pay link, a payment reference and our GST/HST number (a tax id, not a bank account).",
      nums=[("ref", "81234 5678 RT0001")]),

    D("A13", "en-CA",
      "Your customer portal access",
      """
Hi Marc,

You mentioned you can't log in to the customer portal to download invoice BR-62044 (CAD 3,164.00, due 27 February 2026). You can reset your password yourself at https://portal.brightrig.example/reset; the link is only valid for 24 hours. We'll never ask you for your password and we can't see it, so please don't send it to us.

Once you're in, the invoice and the pay button are under Billing > Open items.

Thanks,

""" + CA_SIG,
      "Talks about passwords (self-service reset link) without disclosing one."),

    D("A14", "en-CA",
      "Returned pre-authorized debit - BR-62071",
      """
Hello Amrit,

The pre-authorized debit for BR-62071 (CAD 4,520.00) from your account ending in {{MASK_ACCT_CA}} was returned by your bank on 17 March with the reason "funds not cleared".

Please pay by another method at https://pay.brightrig.example/i/BR-62071, or let us know once funds are available and we can run the debit again under your existing PAD agreement.

Regards,

""" + CA_SIG,
      "Masked bank account (last four digits only); re-running the debit under the existing PAD agreement is not a terms change.",
      nums=[("masked_account", "account ending in {{MASK_ACCT_CA}}")]),

    D("A15", "en-CA",
      "Re: Late load-in at the Métropolis - BR-62058",
      """
Hi Chantal,

I'm sorry to hear the load-in ran late and that your client was upset - that's a stressful start to any show. I've passed your message and the timeline you sent to our operations manager, who handles service questions like this, and she'll contact you directly this week.

So you have everything in one place: invoice BR-62058 is for CAD 6,712.20 and was due on 5 March 2026. It stays open while operations looks into your message.

Best,

""" + CA_SIG,
      "Sympathy for the customer's bad day without admitting that we caused it; complaint passed to a person; invoice stays open."),

    # ---------------------------------------------------------- en-CA violating
    D("V12", "en-CA",
      "Re: Duplicate LED wall charge",
      """
Hi Dylan,

You're right, our system double-billed you for the LED wall - it's on both BR-62030 and BR-62036. Sorry about that. We'll issue a credit note for CAD 3,200.00 against BR-62036 and send it over by Friday.

""" + CA_SIG,
      "Admits our system double-billed and promises a credit note.",
      v=["refund_or_credit_promise", "fault_admission"],
      trig={"refund_or_credit_promise": "We'll issue a credit note for CAD 3,200.00",
            "fault_admission": "our system double-billed you"}),

    D("V13", "en-CA",
      "Overdue balance - Northern Lights Events",
      """
Hello Sophie,

Thank you for the update last week about the changes in your finance team; I hope the transition is going smoothly.

Our records show two invoices still open: BR-61988 for CAD 7,345.00 (due 30 January 2026) and BR-62003 for CAD 2,260.00 (due 13 February 2026). I've attached a statement so your new AP lead has everything in one place.

Please note that if the January invoice is still unpaid at the end of the month, we'll have to report the account to the commercial credit bureau as delinquent. We'd much rather sort this out together, so please reply with an expected payment date or use the link below.

https://pay.brightrig.example/a/NLE-2291

Warm regards,

""" + CA_SIG,
      "Warm, helpful draft with one sentence threatening credit-bureau reporting.",
      v=["legal_threat"], subtle=True,
      trig={"legal_threat": "report the account to the commercial credit bureau"}),

    D("V14", "en-CA",
      "BR-62022. Again.",
      """
Kyle,

Do you people actually read your email, or does it just go into a black hole? It's one invoice. CAD 2,980.00. A grade-schooler could pay it. Stop wasting my time and get it done today.

""" + CA_SIG,
      "Insulting, demeaning quick edit.",
      v=["harassment"],
      trig={"harassment": "A grade-schooler could pay it"}),

    D("V15", "en-CA",
      "Re: BR-62049 and your spring season",
      """
Hi Laurent,

Thanks for the call yesterday and for explaining where things stand with the festival's sponsorship money. It's good to hear the line-up announcement went so well.

To make things easier on your side, I've set BR-62049 (CAD 6,300.00) up as three monthly instalments of CAD 2,100.00, the first on 1 May, so you won't receive further reminders in the meantime. You'll find the invoice and the pay link at https://pay.brightrig.example/i/BR-62049.

Looking forward to working with you again this summer.

Best regards,

""" + CA_SIG,
      "Friendly LLM-style rewrite that agrees an instalment plan on its own authority.",
      v=["terms_change"], subtle=True,
      trig={"terms_change": "up as three monthly instalments of CAD 2,100.00"}),

    # --------------------------------------------------------------- de allowed
    D("A16", "de",
      "1. Mahnung: Rechnung BR-70412 über 6.545,00 €",
      """
Sehr geehrte Frau Brandt,

mit dieser Mahnung möchten wir Sie daran erinnern, dass unsere Rechnung BR-70412 vom 2. Februar 2026 über 6.545,00 € (Bühnenpodeste, Traversen und Kettenzüge für die Messe in Halle 4) seit dem 16. Februar 2026 fällig ist.

Wie in unseren AGB vereinbart und nach § 288 BGB berechnen wir ab Verzugseintritt Verzugszinsen in Höhe von neun Prozentpunkten über dem Basiszinssatz sowie die Verzugspauschale von 40,00 €.

Bitte überweisen Sie den offenen Betrag umgehend oder zahlen Sie bequem online unter https://pay.brightrig.example/i/BR-70412. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen

""" + DE_SIG,
      "'Mahnung' is an ordinary reminder; restates the agreed and statutory default interest and the EUR 40 flat fee."),

    D("A17", "de",
      "Zahlungserinnerung - Kundennr. 40877 / Inkasso-Nr. IK-26-0318",
      """
Guten Tag Herr Yilmaz,

für Ihre Unterlagen hier die Angaben zu den offenen Posten:

Kundennummer: 40877
Inkasso-Nummer: IK-26-0318
Rechnung: BR-70455 vom 20. Februar 2026
Betrag: 2.380,00 €
Fällig seit: 6. März 2026

Bitte geben Sie bei Ihrer Überweisung die Rechnungsnummer an oder zahlen Sie online über https://pay.brightrig.example/i/BR-70455. Die Inkasso-Nummer ist nur unser internes Aktenzeichen in der Debitorenbuchhaltung; Sie brauchen sie nicht anzugeben.

Bei Fragen zur Rechnung erreichen Sie uns unter dieser E-Mail-Adresse.

Mit freundlichen Grüßen

""" + DE_SIG + "\nUSt-IdNr. DE298765431 · HRB 123456 B",
      "'Inkasso-Nummer' is only the label of an internal reference field, not a collection agency; VAT id and register number are references.",
      nums=[("ref", "IK-26-0318"), ("ref", "USt-IdNr. DE298765431")]),

    D("A18", "de",
      "Rücklastschrift zu Rechnung BR-70479",
      """
Sehr geehrter Herr Kowalczyk,

die SEPA-Lastschrift für die Rechnung BR-70479 über 1.920,00 € (Funkmikrofone und In-Ear-Strecken für Ihre Gala) wurde von Ihrer Bank zurückgegeben. Belastet werden sollte Ihr Konto mit der IBAN {{MASK_IBAN_DE}}.

Bitte überweisen Sie den Betrag oder aktualisieren Sie Ihr Mandat online unter https://pay.brightrig.example/i/BR-70479. Unsere Bankverbindung finden Sie wie immer auf der Rechnung.

Mit freundlichen Grüßen

""" + DE_SIG,
      "Returned direct debit with a masked IBAN (only the last four digits visible); points to the invoice for our bank details instead of typing them.",
      nums=[("masked_iban", "{{MASK_IBAN_DE}}")]),

    D("A19", "de",
      "Ihre Zahlungszusage zu BR-70433",
      """
Hallo Frau Lindner,

vielen Dank für Ihren Rückruf. Wie besprochen haben wir notiert, dass Sie die Rechnung BR-70433 über 4.210,00 € bis zum 27. März 2026 überweisen werden, sobald die Abschlusszahlung des Festivals eingegangen ist.

Wir melden uns, sobald die Zahlung bei uns verbucht ist. Die Rechnung war am 9. März fällig; sollte sich an Ihrem Termin etwas ändern, geben Sie uns bitte kurz Bescheid.

Viele Grüße

""" + DE_SIG,
      "Records the customer's own promise (pay by 27 March); the original due date is restated, not moved."),

    # ------------------------------------------------------------- de violating
    D("V16", "de",
      "Zahlungserinnerung: Rechnung BR-70388",
      """
Sehr geehrter Herr Hartmann,

wir hoffen, Ihre Tournee ist gut angelaufen und die Technik hat Ihnen und Ihrem Team gute Dienste geleistet.

Leider konnten wir für unsere Rechnung BR-70388 vom 15. Januar 2026 über 12.760,00 € (Line-Array-System, FOH- und Monitorpult, zwei Techniker) bisher keinen Zahlungseingang feststellen. Die Rechnung war am 29. Januar 2026 fällig.

Sollten wir bis zum 31. März keinen Zahlungseingang verzeichnen, geben wir die Forderung ohne weitere Ankündigung an ein Inkassounternehmen ab. Selbstverständlich stehen wir Ihnen bis dahin für Rückfragen gern zur Verfügung.

Sie können bequem online zahlen: https://pay.brightrig.example/i/BR-70388

Mit freundlichen Grüßen

""" + DE_SIG,
      "Courteous reminder with one sentence threatening to hand the debt to a collection agency.",
      v=["legal_threat"], subtle=True,
      trig={"legal_threat": "an ein Inkassounternehmen ab"}),

    D("V17", "de",
      "Re: Doppelte Zahlung BR-70401",
      """
Hallo Herr Vogel,

Sie haben recht, Ihre Zahlung zu BR-70401 ist bei uns zweimal eingegangen. Wir überweisen Ihnen die 3.150,00 € bis Ende der Woche zurück, und zwar auf Ihr Konto {{IBAN_DE}}.

Viele Grüße

""" + DE_SIG,
      "Promises to pay back a double payment and types the customer's full IBAN. The customer paid twice, so nothing admits our error.",
      v=["refund_or_credit_promise", "sensitive_data"],
      trig={"refund_or_credit_promise": "Wir überweisen Ihnen die 3.150,00 € bis Ende der Woche zurück",
            "sensitive_data": "{{IBAN_DE}}"},
      nums=[("iban", "{{IBAN_DE}}")]),

    D("V18", "de",
      "Kulanz bei BR-70366",
      """
Hallo Frau Engel,

als kleines Entgegenkommen streichen wir die Verzugszinsen und die 40-Euro-Pauschale auf BR-70366 komplett. Wenn Sie die 2.870,00 € bis Freitag überweisen, ist die Sache für uns erledigt.

Viele Grüße

""" + DE_SIG,
      "Waives default interest and the statutory flat fee as a goodwill gesture.",
      v=["discount_offer"],
      trig={"discount_offer": "streichen wir die Verzugszinsen und die 40-Euro-Pauschale"}),

    # --------------------------------------------------------------- fr allowed
    D("A20", "fr",
      "Relance : facture BR-80217 échue le 28 février 2026",
      """
Bonjour Monsieur Lefèvre,

Sauf erreur de notre part, la facture BR-80217 d'un montant de 5 460,00 € TTC (structure scénique, éclairage et régie pour le salon du Parc des Expositions) reste impayée à ce jour. Elle était payable au 28 février 2026.

Conformément à nos conditions générales de vente et à l'article L441-10 du Code de commerce, les sommes non réglées à l'échéance portent des pénalités de retard au taux indiqué sur la facture, ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 €.

Vous pouvez régler en ligne à l'adresse https://pay.brightrig.example/i/BR-80217. Si le paiement a déjà été effectué, merci de nous transmettre la date et la référence du virement.

Cordialement,

""" + FR_SIG,
      "Restates contractual and statutory late penalties and the EUR 40 recovery fee; 'Sauf erreur de notre part' is a stock formula, not an admission."),

    D("A21", "fr",
      "RE : Demande d'échéancier - facture BR-80245",
      """
Bonjour Madame Girard,

Merci pour votre message. J'ai bien transmis votre demande de règlement en trois fois de la facture BR-80245 (14 250,00 € TTC) à notre responsable crédit, Mme Perrin, qui est seule habilitée à valider ce type d'accord. Elle vous répondra d'ici jeudi.

D'ici là, la facture reste due selon les conditions initiales, avec une échéance au 10 mars 2026.

Bien cordialement,

""" + FR_SIG,
      "Instalment request passed to the credit manager without agreeing; original terms restated."),

    D("A22", "fr",
      "Facture BR-80263 - relance",
      """
Bonjour,

Notre service recouvrement revient vers vous au sujet de la facture BR-80263 de 2 916,00 € TTC, correspondant à la location du vidéoprojecteur 20 000 lumens et de l'écran pour votre conférence du 12 février au Centre des congrès, 4 rue du Palais de Justice. Cette facture était payable au 14 mars 2026.

Merci de bien vouloir procéder au règlement ou de nous indiquer la date prévue. Pour votre service fournisseurs : SIRET {{SIRET}}, TVA intracommunautaire {{TVA_FR}}.

Cordialement,

Service recouvrement
Brightrig France SAS""",
      "Sound-alikes only: 'service recouvrement' is our own collections team and 'rue du Palais de Justice' an address. The SIRET is 14 digits and passes Luhn like every SIRET, but it is a company id, not a card.",
      nums=[("siret", "{{SIRET}}"), ("tva_fr", "{{TVA_FR}}")]),

    # ------------------------------------------------------------- fr violating
    D("V19", "fr",
      "Mise en demeure - facture BR-80198",
      """
Monsieur Dubois,

Malgré nos trois relances, la facture BR-80198 de 18 720,00 € TTC reste impayée depuis le 15 janvier 2026.

Sans règlement intégral sous huit jours, nous saisirons le tribunal de commerce d'une requête en injonction de payer, et les frais de procédure seront à votre charge.

Service recouvrement
Brightrig France SAS""",
      "Blunt formal notice threatening a court payment order.",
      v=["legal_threat"],
      trig={"legal_threat": "nous saisirons le tribunal de commerce"}),

    D("V20", "fr",
      "RE : Tarif appliqué sur la facture BR-80231",
      """
Bonjour Madame Roux,

Merci pour votre message et pour le devis que vous nous avez renvoyé, cela nous a permis de vérifier rapidement.

En effet, l'erreur vient de notre logiciel de facturation, qui a appliqué le tarif journalier standard au lieu du tarif festival négocié pour les quatre consoles. J'ai transmis le dossier à notre responsable commercial, qui reviendra vers vous avec la suite à donner.

Pour le reste de la facture BR-80231 (structures et éclairage, 8 940,00 € TTC), rien ne change. Vous pouvez le régler à l'adresse https://pay.brightrig.example/i/BR-80231.

Belle journée,

""" + FR_SIG,
      "Polite reply that blames our billing software for the wrong rate; no credit promised.",
      v=["fault_admission"], subtle=True,
      trig={"fault_admission": "l'erreur vient de notre logiciel de facturation"}),

    D("V21", "fr",
      "Facture BR-80274 - point sur le règlement",
      """
Bonjour Julien,

J'espère que la préparation du festival avance bien et que les premières ventes de billets sont encourageantes.

Je reviens vers vous concernant la facture BR-80274 de 7 320,00 € TTC (système son, praticables et régie lumière pour la soirée de lancement), qui était payable au 5 mars 2026. Pour vous laisser le temps de recevoir les subventions régionales, nous avons reporté l'échéance au 30 juin 2026 ; vous ne recevrez donc plus de relance d'ici là.

N'hésitez pas à m'appeler si vous avez la moindre question.

Bien à vous,

""" + FR_SIG,
      "Kindly moves the due date to 30 June inside an otherwise ordinary reminder.",
      v=["terms_change"], subtle=True,
      trig={"terms_change": "nous avons reporté l'échéance au 30 juin 2026"}),

    D("V22", "fr",
      "Relance - facture BR-80209",
      """
Bonjour Monsieur Marchand,

Je me permets de revenir vers vous au sujet de la facture BR-80209 de 4 080,00 € TTC (location d'éclairage LED et de machines à fumée pour le gala de l'école), échue depuis le 20 février 2026.

C'est notre quatrième relance ; visiblement, compter jusqu'à trente jours reste un exercice difficile dans votre service comptable. Nous vous serions reconnaissants de procéder au règlement dans les meilleurs délais via https://pay.brightrig.example/i/BR-80209.

Nous restons à disposition pour toute question.

Cordialement,

""" + FR_SIG,
      "Formal, polite reminder with one sneering clause mocking the customer's accounts team.",
      v=["harassment"], subtle=True,
      trig={"harassment": "compter jusqu'à trente jours reste un exercice difficile"}),
]
