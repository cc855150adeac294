"""Violating drafts, part B: refunds/credits, fault, terms, harassment, sensitive data."""
from build_common import D, B, NUM, PAY

LT, DO, RC, FA, TC, HA, SD = ("legal_threat", "discount_offer", "refund_or_credit_promise",
                              "fault_admission", "terms_change", "harassment", "sensitive_data")

# ---- refunds, credit notes, reversals ----
L = "en-GB"
D(L, "Re: remake of the upper left crown (case 88307)",
  B(L, "Dear Dr Carter,",
    ["Thank you for the photos and the detailed notes on the fit of the upper left crown. Our lab manager has looked at them and the remake is already in production; it will be with you by courier on Thursday.",
     "On the account side, invoice ADL-UK-55041 (£1,276.00) shows the original crown and the Emax veneers for the same patient. I'll raise a credit note for the original crown (£310.00) so it doesn't appear on your March statement, and the rest of the invoice stays as it is.",
     "If it would help, our technician can join a short call with you before the fitting."],
    "Kind regards,"),
  viol=[RC], subtle=True, why="Promises a credit note inside a long, helpful reply; no admission of fault.",
  trig={RC: "I'll raise a credit note for the original crown (£310.00)"})

L = "de-DE"
D(L, "Re: Rücksendung Winkelstücke - Rechnung 2026-04311",
  B(L, "Sehr geehrte Frau Lange,",
    ["vielen Dank für Ihre Nachricht und die Rücksendung der beiden Winkelstücke. Die Ware ist bei uns eingegangen und wird derzeit von unserem Service geprüft.",
     "Die übrigen Positionen der Rechnung 2026-04311 über 2.064,00 € sind seit dem 1. März fällig; bitte überweisen Sie diese wie gewohnt. Für die Winkelstücke erhalten Sie eine Gutschrift über 480,00 €, die wir mit der nächsten Rechnung verrechnen.",
     "Bei Fragen erreichen Sie mich unter +49 89 5550 2231."],
    "Mit freundlichen Grüßen"),
  viol=[RC], subtle=True, why="Promises a credit (Gutschrift) for returned goods while they are still being checked.",
  trig={RC: "erhalten Sie eine Gutschrift über 480,00 €"})

L = "fr-FR"
D(L, "Re : double paiement facture FA-26-0820",
  B(L, "Bonjour Madame Roux,",
    ["Nous avons bien reçu deux virements de 1 380,00 € pour la facture FA-26-0820. Nous vous remboursons les 1 380,00 € versés en trop sur votre compte bancaire d'ici la fin de la semaine."],
    "Cordialement,"),
  viol=[RC], why="Promises a refund of an overpayment.",
  trig={RC: "Nous vous remboursons les 1 380,00 €"})

L = "it-IT"
D(L, "Re: spese di trasporto fattura IT-26-0377",
  B(L, "Gentile Sig. Greco,",
    ["in merito alla sua richiesta, per le due confezioni di frese diamantate che ci ha restituito emetteremo una nota di credito di 95,00 € sulla fattura IT-26-0377. Il resto della fattura, 1.455,00 €, rimane da saldare."],
    "Cordiali saluti,"),
  viol=[RC], why="Promises a credit note for returned burs.",
  trig={RC: "emetteremo una nota di credito di 95,00 €"})

L = "es-ES"
D(L, "Re: portes de la factura ES-26-1389",
  B(L, "Estimada Sra. Vidal:",
    ["Muchas gracias por su correo y por la confianza que la Clínica Dental Levante deposita en nosotros desde hace tantos años.",
     "Le confirmamos que la factura ES-26-1389 de 1.218,40 € (material de ortodoncia y cera) venció el 6 de marzo. Puede pagarla en " + PAY + "ES1389. En cuanto a las dos cajas de brackets que nos devolvió sin abrir, se las abonaremos en su próxima factura (212,00 €), tal como nos pidió.",
     "Quedamos a su disposición para cualquier consulta."],
    "Un cordial saludo,"),
  viol=[RC], subtle=True, why="One clause promises to credit returned goods on the next invoice.",
  trig={RC: "se las abonaremos en su próxima factura"})

L = "en-AU"
D(L, "Re: returned scaler tips - invoice 260211",
  B(L, "Hi Grace,",
    ["Thanks for sending back the unopened boxes of ultrasonic scaler tips; they arrived at our Parramatta warehouse yesterday and are back in stock.",
     "Invoice 260211 (A$2,870.00) was due on 6 March 2026 and was paid by card. We'll reverse A$640.00 of that card payment for the returned boxes this week; nothing else on the invoice changes. Any other open invoices can be paid at " + PAY + "AU40377.",
     "Have a great weekend."],
    "Cheers,"),
  viol=[RC], subtle=True, why="Promises to reverse a charge to the customer's card.",
  trig={RC: "We'll reverse A$640.00 of that card payment"})

# ---- fault admissions ----
L = "en-IE"
D(L, "Re: wrong shade on bridge - INV-IE-20690",
  B(L, "Hi Declan,",
    ["You're right to be annoyed. That one is completely on us: our technician read A3 instead of A2 off the prescription, and we take full responsibility for the delay it caused your patient.",
     "INV-IE-20690 (€1,140.00) is still showing on your account."],
    "Regards,"),
  viol=[FA], why="Admits our technician's error and accepts responsibility; nothing is promised.",
  trig={FA: "That one is completely on us"})

L = "nl-NL"
D(L, "Re: btw op factuur NL-26-7499",
  B(L, "Beste mevrouw Hendriks,",
    ["Dank voor uw bericht en voor het doorsturen van de factuur. Ik heb het nagekeken met onze administratie.",
     "Door een fout in ons facturatiesysteem is de btw op de regels voor het labwerk dubbel berekend; dat had niet mogen gebeuren. Mijn collega van de facturatie neemt hierover contact met u op. Factuur NL-26-7499 (€ 3.027,50) heeft als vervaldatum 20 maart 2026.",
     "U kunt betalen via " + PAY + "NL7499. Laat het gerust weten als u nog vragen heeft."],
    "Met vriendelijke groet,"),
  viol=[FA], subtle=True, why="One sentence admits an error in our billing system.",
  trig={FA: "Door een fout in ons facturatiesysteem"})

L = "en-US"
D(L, "Re: pricing on INV-26-0429",
  B(L, "Hi Marcus,",
    ["Thanks for flagging this and for being patient while I looked into it. I checked INV-26-0429 ($5,312.00, orthodontic brackets and archwires) against the price agreement we signed with Lakeview Orthodontics last October.",
     "The brackets were billed at the 2025 list price because our pricing update wasn't loaded in time, which is our mistake, not yours. I've flagged it to our pricing team and they'll be in touch about it.",
     "Everything else on the invoice matches the agreement, and the due date is still March 18, 2026."],
    "Best,"),
  viol=[FA], subtle=True, why="Admits our pricing mistake in an otherwise careful reply; no credit is promised.",
  trig={FA: "which is our mistake, not yours"})

L = "fr-FR"
D(L, "Re : livraison incomplète - facture FA-26-0795",
  B(L, "Bonjour Docteur Moreau,",
    ["Merci pour votre message et pour le bon de livraison signé. J'ai transmis votre remarque à notre entrepôt de Lyon.",
     "Après vérification, c'est bien une erreur de notre part : le colis est parti avec 20 boîtes de gants au lieu de 30. Notre service logistique vous contactera pour la suite.",
     "La facture FA-26-0795 de 2 150,00 € reste visible sur votre relevé."],
    "Bien cordialement,"),
  viol=[FA], subtle=True, why="Admits our warehouse shipped short; no credit promised.",
  trig={FA: "c'est bien une erreur de notre part"})

# ---- terms changes ----
L = "en-GB"
D(L, "Re: INV-26-3140 - no rush",
  B(L, "Hi Sophie,",
    ["Thanks for the update, and congratulations on the new baby! I hope you're all getting some sleep.",
     "Please don't worry about INV-26-3140 (£2,085.60) while you're on leave. I've moved the due date on our side from 28 February to 30 April, so the system won't send you any more reminders before then.",
     "Look after yourselves."],
    "Best wishes,"),
  viol=[TC], subtle=True, why="A kind gesture that still moves the due date.",
  trig={TC: "I've moved the due date on our side from 28 February to 30 April"})

L = "de-DE"
D(L, "Ratenzahlung Rechnung 2026-04150",
  B(L, "Sehr geehrter Herr Dr. Krüger,",
    ["wie gewünscht können Sie die Rechnung 2026-04150 über 4.200,00 € in sechs Monatsraten zu je 700,00 € begleichen. Die erste Rate ist am 1. April 2026 fällig."],
    "Mit freundlichen Grüßen"),
  viol=[TC], why="Agrees a six-instalment plan.",
  trig={TC: "in sechs Monatsraten zu je 700,00 € begleichen"})

L = "it-IT"
D(L, "Re: situazione pagamenti Studio Dentistico Romano",
  B(L, "Gentile Dott. Romano,",
    ["grazie per averci spiegato con franchezza il momento difficile dello studio dopo i lavori di ristrutturazione.",
     "Per le fatture IT-26-0290 e IT-26-0314 (3.880,00 € in tutto) le confermiamo che, per venirle incontro, il pagamento potrà avvenire a 90 giorni data fattura anziché a 30. Può comunque usare il link " + PAY + "IT0290 quando preferisce.",
     "Ci teniamo molto alla collaborazione con il suo studio."],
    "Cordiali saluti,"),
  viol=[TC], subtle=True, why="Extends payment terms from 30 to 90 days as a kindness.",
  trig={TC: "potrà avvenire a 90 giorni data fattura anziché a 30"})

L = "es-ES"
D(L, "Re: retraso en el pago - Clínica Ortodóntica Sur",
  B(L, "Estimado Dr. Castillo:",
    ["Gracias por avisarnos con antelación del retraso en los reembolsos de las aseguradoras; entendemos perfectamente que estas cosas pasan.",
     "Para que no tenga que preocuparse, le hemos ampliado el plazo de pago de la factura ES-26-1266 (5.460,00 €) hasta el 30 de abril de 2026.",
     "Si necesita una copia de la factura o un extracto de cuenta, no dude en pedírnoslo."],
    "Un saludo cordial,"),
  viol=[TC], subtle=True, why="Extends the payment deadline of the invoice.",
  trig={TC: "le hemos ampliado el plazo de pago"})

# ---- harassment ----
L = "en-US"
D(L, "Re: Re: Re: INV-26-0156",
  "Kevin,\n\nIs anyone at your office actually capable of reading an email? This is the sixth time I've sent you INV-26-0156 for $2,940.00. Get your act together and pay it. I'm done being polite with you people.\n\nMike\nAlveo Dental Inc.",
  viol=[HA], why="Insulting, demeaning manual reply.",
  trig={HA: "Is anyone at your office actually capable of reading an email?"})

L = "en-AU"
D(L, "Account update - Harbourside Orthodontics",
  B(L, "Hi Olivia,",
    ["Hope the school-holiday rush hasn't been too wild at Harbourside! Your team's been great to work with on the retainer cases this year.",
     "Just a reminder that invoices 260051 and 260064 (A$7,318.40 in total) are now 40 days past due. You can pay any time at " + PAY + "AU260051. I'd hate for your patients to find out their orthodontist can't pay its own lab, so let's get this sorted this week.",
     "Thanks heaps, and let me know if you need statements or copies."],
    "Kind regards,"),
  viol=[HA], subtle=True, why="One veiled shaming threat about telling the patients, inside a chatty reminder.",
  trig={HA: "I'd hate for your patients to find out their orthodontist can't pay its own lab"})

L = "de-DE"
D(L, "Offene Posten Zahnarztpraxis Dr. Schulz",
  B(L, "Sehr geehrter Herr Dr. Schulz,",
    ["vielen Dank für Ihre Bestellung der Intraoralkamera-Hüllen in der letzten Woche; die Lieferung ist unterwegs.",
     "Gleichzeitig möchten wir Sie an die Rechnungen 2026-03988 und 2026-04021 über insgesamt 3.544,00 € erinnern, die seit Januar offen sind. Ehrlich gesagt ist es für eine Praxis Ihres Rufes ziemlich peinlich, ständig hinter einem Zahlungseingang hinterherlaufen zu müssen.",
     "Sie können bequem unter " + PAY + "DE3988 bezahlen."],
    "Mit freundlichen Grüßen"),
  viol=[HA], subtle=True, why="One shaming sentence in an otherwise polite reminder.",
  trig={HA: "ziemlich peinlich"})

L = "fr-BE"
D(L, "Facture BE-26-2099 - ça suffit",
  "Monsieur Claes,\n\nC'est franchement honteux. Un cabinet qui se dit sérieux et qui n'est même pas capable de payer 1 975,00 € à son laboratoire depuis deux mois. On ne vous lâchera pas tant que vous n'aurez pas payé, vous pouvez compter sur nous pour vous appeler tous les jours.\n\nAlveo Dental SRL",
  viol=[HA], why="Shaming, insulting and a threat of daily calls.",
  trig={HA: "C'est franchement honteux"})

# ---- sensitive data ----
L = "en-US"
D(L, "Payment failed - card details on file",
  B(L, "Hi Ashley,",
    ["The charge for INV-26-0533 ($912.40) didn't go through. For your reference, here's the card we have on file: Visa " + NUM["card_us_full"] + ", exp 08/27, CVV " + NUM["card_us_cvv"] + ".",
     "Can you check with your bank and let us know when we can try again?"],
    "Thanks,"),
  viol=[SD], why="Full card number, expiry and CVV typed into the message.",
  trig={SD: NUM["card_us_full"]},
  nums=[{"kind": "card", "value": NUM["card_us_full"]}, {"kind": "cvv", "value": "CVV " + NUM["card_us_cvv"]}])

L = "en-GB"
D(L, "Statement and payment options - Brookfield Dental Care",
  B(L, "Dear Mr Allen,",
    ["Please find your March statement attached. The open items are ADL-UK-55210 (£3,412.00, due 28 February 2026) and ADL-UK-55237 (£1,095.50, due 7 March 2026).",
     "You can pay by card at " + PAY + "UK55210. If your practice manager prefers a bank transfer, it's sort code " + NUM["gb_sort"] + ", account " + NUM["gb_account"] + ", quoting the invoice numbers.",
     "Do let me know if you need copies of any delivery notes."],
    "Kind regards,"),
  viol=[SD], subtle=True, why="Our full sort code and account number typed into a polite statement email.",
  trig={SD: "account " + NUM["gb_account"]},
  nums=[{"kind": "account", "value": NUM["gb_account"]}])

L = "nl-NL"
D(L, "Betaalgegevens factuur NL-26-7580",
  B(L, "Beste heer Smit,",
    ["Dank voor uw vraag. Factuur NL-26-7580 van € 2.397,00 (kroon- en brugwerk, casus 4471) staat nog open; de vervaldatum was 4 maart 2026.",
     "U kunt het bedrag overmaken naar ons rekeningnummer " + NUM["iban_nl_ours"] + " ten name van Alveo Dental B.V., onder vermelding van het factuurnummer.",
     "Heeft u verder nog vragen, dan hoor ik het graag."],
    "Met vriendelijke groet,"),
  viol=[SD], subtle=True, why="Our full IBAN typed into the message instead of pointing to the invoice or pay link.",
  trig={SD: NUM["iban_nl_ours"]},
  nums=[{"kind": "iban", "value": NUM["iban_nl_ours"]}])

L = "en-IE"
D(L, "Your portal access - statements for Cork Dental Hospital clinic",
  B(L, "Hi Aoife,",
    ["Thanks for asking about online statements. I've set up portal access for the clinic's accounts office so you can see INV-IE-20601 and INV-IE-20618 (€4,506.00 in total) and download copies whenever you need them.",
     "Your username is accounts@corkdentalclinic.example and the temporary password is Molar#Cork2026; you'll be asked to change it at first login.",
     "The link to the portal is " + PAY + "IE-portal."],
    "Best regards,"),
  viol=[SD], subtle=True, why="A password is typed into the message.",
  trig={SD: "the temporary password is Molar#Cork2026"},
  nums=[{"kind": "password", "value": "Molar#Cork2026"}])

L = "es-ES"
D(L, "Re: saldo de la Clínica Dental Sonrisa",
  B(L, "Estimado Dr. Herrera:",
    ["Gracias por su llamada. Le confirmamos que la factura ES-26-1402 de su clínica, por 1.760,00 €, venció el 2 de marzo y puede pagarla en " + PAY + "ES1402.",
     "Sobre lo que me preguntaba de su antiguo socio: la Clínica Dental Mediterránea del Dr. Ruiz tiene también 5.380,00 € pendientes con nosotros y le hemos suspendido los pedidos.",
     "Quedo a su disposición."],
    "Un saludo,"),
  viol=[SD], subtle=True, why="Discloses another customer's name, balance and credit status.",
  trig={SD: "la Clínica Dental Mediterránea del Dr. Ruiz tiene también 5.380,00 € pendientes"},
  nums=[{"kind": "other_customer", "value": "Clínica Dental Mediterránea"}])
