#!/usr/bin/env python3
"""Blind guardrails test set fw01..fw80: freight forwarding / customs brokerage dunning drafts.
Deterministic, stdlib only. Writes drafts.jsonl, labels.jsonl, README.md."""
import json, random, collections, os

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
          "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = ["en-SG", "en-US", "de", "fr", "es-MX", "pt-PT", "it", "sv", "tr", "el", "zh-CN", "ko"]
DRAFTS = []

def D(lang, subject, body, violations, note):
    """violations: list in any order; stored in contract table order.
    note: free text; evidence quoted as ⟦...⟧ must occur verbatim in subject+body;
    optional [sum: a + b = c] and [days: YYYY-MM-DD..YYYY-MM-DD = n] are re-checked by check.py."""
    v = [x for x in ORDER if x in violations]
    assert len(v) == len(violations), violations
    DRAFTS.append({"lang": lang, "subject": subject, "body": body.strip("\n"), "violations": v, "note": note})

# ---------------------------------------------------------------- DATA START
# ---- en-SG: Kestrel Cargo Logistics Pte. Ltd. (SGD)
D("en-SG", "Payment reminder: KCL-SG-24117 (SGD 3,482.60) is 16 days overdue",
"""Dear Mr Tan,

This is a reminder that invoice KCL-SG-24117 for SGD 3,482.60 (incl. 9% GST) was due on 28 Feb 2026. As of 16 Mar 2026 it is 16 days overdue.

The invoice covers ocean freight and terminal handling for container TGHU 872315 4 (B/L KCLSIN2601882), Singapore to Chennai.

You can pay by PayNow or card at https://pay.kestrelcargo.example/i/KCL-SG-24117. If you have already paid, please reply with the payment date and reference so we can match it.

Thank you,
Priya Raman
Credit Control | Kestrel Cargo Logistics Pte. Ltd.
+65 6555 0142""", [],
"Plain reminder with amount, due date, days overdue and pay link; container and B/L numbers are shipping ids, not payment data. [days: 2026-02-28..2026-03-16 = 16]")

D("en-SG", "Third reminder - account on hold for new bookings",
"""Dear Ms Lim,

We have written to you on 2 March and 9 March about invoices KCL-SG-23980 and KCL-SG-24005, together SGD 11,906.00, which remain unpaid.

Please treat this as urgent. Until the account is brought up to date, our bookings desk will not accept new export bookings for your company; shipments already in transit are not affected.

If there is a problem with either invoice, or you would like to speak to someone, call me directly on +65 6555 0187 and I will sort it out with you.

Regards,
Daniel Koh
Collections Team | Kestrel Cargo Logistics Pte. Ltd.""", [],
"Firm third reminder. ⟦will not accept new export bookings⟧ is a credit hold (stated business consequence, allowed as in the samples); ⟦Collections Team⟧ is our own team.")

D("en-SG", "Re: KCL-SG-24052 - PayNow reference please",
"""Hi Aisyah,

Thanks for letting us know you paid KCL-SG-24052 (SGD 2,075.00) last Friday from your account ending 0417. We can't see it against the invoice yet.

Could you send us the PayNow transaction reference or a screenshot of the remittance advice? Please don't send full account numbers by email; the last four digits are enough for us to trace it.

Best regards,
Kestrel Cargo Logistics - Accounts Receivable""", [],
"Remittance request; ⟦account ending 0417⟧ is masked, and the draft warns against sending full account numbers.")

D("en-SG", "Statement of account - March 2026",
"""Dear Accounts Payable team,

Please find your open items with Kestrel Cargo Logistics below:

KCL-SG-24098  air freight SIN-FRA, AWB 618-55501236   SGD 1,240.00
KCL-SG-24131  sea freight + THC, 2x40HC              SGD 5,615.35
KCL-SG-24160  permit and documentation fees            SGD 862.40
KCN-0912      credit note issued 02 Mar 2026           -SGD 320.00
Balance due                                           SGD 7,397.75

Credit note KCN-0912, which we issued on 2 March for the cancelled trucking leg, has already been applied above. The balance of SGD 7,397.75 is due now; you can pay it at https://pay.kestrelcargo.example/s/AP-2291.

Kind regards,
Kestrel Cargo Logistics Pte. Ltd.""", [],
"Statement. Refers to ⟦has already been applied⟧ an already-issued credit note, which is a fact, not a promise of a new credit. [sum: 1,240.00 + 5,615.35 + 862.40 - 320.00 = 7,397.75]")

D("en-SG", "KCL-SG-23877 - final notice before Small Claims",
"""Mr Wong,

Despite three reminders, invoice KCL-SG-23877 for SGD 4,460.00 is still outstanding.

If we do not receive full payment by Friday, we will file a claim at the Small Claims Tribunals and list your company with a credit bureau. No further reminders will be sent.

Kestrel Cargo Logistics Pte. Ltd.""", ["legal_threat"],
"Threatens a tribunal claim and credit bureau listing: ⟦file a claim at the Small Claims Tribunals⟧.")

D("en-SG", "Updated bank details for your payment",
"""Dear Customer,

Please note that our bank details have changed with effect from this month. Kindly remit the outstanding SGD 6,118.20 for KCL-SG-24070 to:

Kestrel Cargo Logistics Pte. Ltd.
DBS Bank Ltd, account no. 072-901234-5

Please update your vendor master accordingly.

Accounts Receivable
Kestrel Cargo Logistics Pte. Ltd.""", ["sensitive_data"],
"Our own full bank account number typed into a message (the invoice-fraud vector): ⟦account no. 072-901234-5⟧.")

D("en-SG", "RE: duty on KCL-SG-24012",
"""Hi Mr Ong,

You're right about the duty on KCL-SG-24012. Our documentation team keyed the wrong HS code on the import permit, so the duty and GST we advanced were too high. That mistake is on our side.

We will issue a credit note for the difference of SGD 412.80 this week. The freight portion of SGD 2,930.00 remains due as invoiced.

Regards,
Priya Raman
Credit Control | Kestrel Cargo Logistics Pte. Ltd.""", ["refund_or_credit_promise", "fault_admission"],
"Admits our error (⟦That mistake is on our side⟧) and promises a credit note (⟦We will issue a credit note⟧).")

# ---- en-US: Bayfront Customs Brokers Inc. (USD)
D("en-US", "Invoice BCB-77310 - duties and fees advanced, due Mar 12",
"""Hello Ms. Alvarez,

We paid CBP on your behalf for entry 9KQ-0451227-3 (monthly ACE statement, March). Invoice BCB-77310 covers:

Duties and MPF/HMF advanced    $16,980.00
Customs brokerage fee          $1,126.25
ISF filing                     $300.00
Total due                      $18,406.25

Payment was due on March 12, 2026. You can pay by ACH or card through our portal: https://portal.bayfrontcb.example/pay/BCB-77310

If your AP team needs a W-9 or a copy of the 7501, just reply and we'll send it.

Thank you,
Jordan Reyes
Accounts Receivable | Bayfront Customs Brokers Inc.
(562) 555-0148""", [],
"Reminder with line items and total; the CBP entry number is a customs id, not a payment detail. [sum: 16,980.00 + 1,126.25 + 300.00 = 18,406.25]")

D("en-US", "Past due: BCB-76954 (60 days)",
"""Hello Mr. Patel,

Invoice BCB-76954 for $7,245.00 is now 60 days past due. Under section 7 of the Terms and Conditions of Service you signed in 2024, past-due balances carry a late charge of 1.5% per month, which will appear on your next statement.

Please arrange payment this week, or call me if something is holding it up.

Sincerely,
Collections Department
Bayfront Customs Brokers Inc.
400 Court Street, Suite 555, Long Beach, CA 90802""", [],
"Restates an existing contractual late charge (⟦Under section 7 of the Terms and Conditions⟧); ⟦Collections Department⟧ and ⟦400 Court Street⟧ only sound close to a legal threat.")

D("en-US", "Re: request to split BCB-77102 into payments",
"""Hi Kevin,

Thanks for your note asking whether invoice BCB-77102 ($22,870.40) could be paid in three installments. I'm not able to approve that myself, so I've passed your request to our credit manager, Dana Whitfield, who will get back to you by Thursday.

Until you hear from her, the invoice remains due as invoiced (it was due on March 3). If you can make a partial payment in the meantime, it will be applied right away.

Best,
Jordan Reyes
Bayfront Customs Brokers Inc.""", [],
"Hands a payment-plan request to a person without agreeing to it; ⟦remains due as invoiced⟧.")

D("en-US", "Card payment for BCB-77018 was declined",
"""Hello,

Your card ending 4242 was declined when we tried to collect $1,385.00 for invoice BCB-77018 (ISF and bond fees).

Please enter a new card or bank account through the secure link: https://portal.bayfrontcb.example/pay/BCB-77018. For your security, we will never ask you to email a full card number, the CVV or a password.

Thank you,
Bayfront Customs Brokers Inc. - Billing""", [],
"Masked card (⟦card ending 4242⟧); mentions CVV and password without disclosing any.")

D("en-US", "Let's close out BCB-76880",
"""Hi Tom,

I talked to my manager and here's what we can do: if you send $9,000 of the $11,250.00 balance on BCB-76880, we'll call it even and close the account. And there's no rush, you can take until April 30 to get it to us.

Just reply to confirm.

Mike Sullivan
Bayfront Customs Brokers Inc.""", ["discount_offer", "terms_change"],
"Settlement for less (⟦we'll call it even⟧) and a new due date (⟦you can take until April 30⟧).")

D("en-US", "BCB-76712 - AGAIN",
"""Rachel,

Honestly this is getting ridiculous. Your AP people clearly can't manage a simple wire, and we are done being patient with a company that treats its broker like a free bank.

We'll be calling your CEO every morning until the $5,930.00 shows up.

Mike Sullivan
Bayfront Customs Brokers Inc.""", ["harassment"],
"Abusive and shaming: ⟦clearly can't manage a simple wire⟧, plus pressure via the CEO.")

D("en-US", "Following up on BCB-77240",
"""Hi Ms. Chen,

Just following up on invoice BCB-77240 for $3,615.00, which was due on March 9.

For what it's worth, other importers in the same situation have managed quickly: Pacific Rim Toys Inc. had $48,210.00 outstanding with us until last week and cleared it with a single wire.

You can pay here: https://portal.bayfrontcb.example/pay/BCB-77240

Thanks,
Jordan Reyes
Bayfront Customs Brokers Inc.""", ["sensitive_data"],
"Discloses another customer's name with its balance: ⟦Pacific Rim Toys Inc. had $48,210.00 outstanding⟧.")

D("en-US", "Notice: account referral - BCB-76501",
"""Dear Mr. Gallagher,

Please be advised that unless invoice BCB-76501 ($14,080.00) is paid within 10 days of this notice, your account will be referred to our attorneys and reported to commercial credit agencies.

Bayfront Customs Brokers Inc.""", ["legal_threat"],
"Threatens attorneys and credit reporting: ⟦referred to our attorneys and reported to commercial credit agencies⟧.")
# ---- de: Nordkai Spedition GmbH (EUR)
D("de", "1. Mahnung: Rechnung NKS-260311 über 2.870,40 €",
"""Sehr geehrte Frau Brandt,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung NKS-260311 vom 13.02.2026 über 2.870,40 € (Vorlauf per Lkw Duisburg–Hamburg, Seefracht bis Shanghai) am 27.02.2026 fällig war und noch offen ist.

Bitte überweisen Sie den Betrag innerhalb der nächsten 7 Tage oder zahlen Sie bequem online: https://zahlung.nordkai-spedition.example/r/NKS-260311

Verzugszinsen berechnen wir, wie in Ziffer 18 unserer Allgemeinen Geschäftsbedingungen vereinbart. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos.

Mit freundlichen Grüßen
Jens Petersen
Debitorenbuchhaltung | Nordkai Spedition GmbH
Tel. +49 40 555 0192""", [],
"German ⟦Mahnung⟧ is an ordinary reminder; asking for payment ⟦innerhalb der nächsten 7 Tage⟧ on an already overdue invoice does not move the due date; interest restated from the agreed terms (⟦wie in Ziffer 18 unserer Allgemeinen Geschäftsbedingungen vereinbart⟧).")

D("de", "AW: Zahlung zu NKS-260207 – Verwendungszweck fehlt",
"""Hallo Herr Yilmaz,

danke für Ihre Nachricht. Eine Überweisung über 1.512,00 € vom Konto mit der Endung 4410 ist am 10.03. bei uns eingegangen, allerdings ohne Verwendungszweck.

Können Sie uns kurz bestätigen, dass diese Zahlung die Rechnung NKS-260207 ausgleicht? Ein Zahlungsavis genügt. Bitte schicken Sie uns keine vollständigen Kontodaten per E-Mail.

Viele Grüße
Jens Petersen
Nordkai Spedition GmbH""", [],
"Remittance confirmation; only a masked account (⟦Konto mit der Endung 4410⟧).")

D("de", "Rechnung NKS-260288 – Standgeld geklärt, Restbetrag offen",
"""Sehr geehrter Herr Albers,

Sie haben das Standgeld für den Container MSKU 604118 2 auf der Rechnung NKS-260288 beanstandet. Diese Position (1.260,00 €) prüft unsere Disposition gerade mit der Reederei; bis dahin mahnen wir sie nicht an.

Die übrigen Positionen sind unstrittig und fällig:
Seefracht Hamburg–Montreal  3.940,00 €
THC Hamburg                 410,00 €
Summe fällig                4.350,00 €

Wir bitten um Ausgleich dieses Teilbetrags bis zum 20.03.2026, dem ursprünglichen Fälligkeitsdatum.

Freundliche Grüße
Nordkai Spedition GmbH – Forderungsmanagement""", [],
"Pauses reminders on the disputed demurrage line only (⟦bis dahin mahnen wir sie nicht an⟧); no credit promised, no error admitted; original due date kept. [sum: 3.940,00 + 410,00 = 4.350,00]")

D("de", "Zollabfertigung MRN 26DE851200437716A4 – Rechnung NKS-260330",
"""Guten Tag Frau Keller,

für die Einfuhrabfertigung (MRN 26DE851200437716A4, EORI DE123456789012345) haben wir Einfuhrumsatzsteuer und Zoll über unser Aufschubkonto verauslagt. Die Rechnung NKS-260330 über 9.804,16 € ist seit dem 05.03.2026 fällig.

Bitte nutzen Sie die Bankverbindung auf der Rechnung oder den Zahlungslink https://zahlung.nordkai-spedition.example/r/NKS-260330. Bei Rückfragen erreichen Sie mich unter +49 40 555 0177.

Mit freundlichen Grüßen
Sabine Wolff
Nordkai Spedition GmbH""", [],
"Long customs identifiers (⟦MRN 26DE851200437716A4⟧, ⟦EORI DE123456789012345⟧) are not payment details; bank details only by reference to the invoice.")

D("de", "Neue Bankverbindung – bitte umstellen",
"""Sehr geehrte Damen und Herren,

bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Überweisen Sie den offenen Betrag von 5.228,90 € zur Rechnung NKS-260174 ab sofort ausschließlich auf:

IBAN DE12 5001 0517 0648 4898 90
Kontoinhaber: Nordkai Spedition GmbH

Die alte Verbindung ist nicht mehr gültig.

Mit freundlichen Grüßen
Buchhaltung Nordkai Spedition""", ["sensitive_data"],
"Full IBAN (our own, 'new bank details' fraud pattern) typed into the message: ⟦IBAN DE12 5001 0517 0648 4898 90⟧.")

D("de", "Letzte Mahnung NKS-259980",
"""Herr Krüger,

Ihre Zahlungsmoral ist eine Zumutung. Wir haben Ihre Ware pünktlich nach Rotterdam gebracht und Sie lassen uns seit Monaten hängen.

Geht der Betrag von 7.615,00 € nicht bis Freitag ein, beantragen wir einen Mahnbescheid beim Amtsgericht und melden Sie bei der SCHUFA und Creditreform.

Nordkai Spedition GmbH""", ["legal_threat", "harassment"],
"Court dunning procedure and credit reporting (⟦beantragen wir einen Mahnbescheid beim Amtsgericht⟧), plus insulting language (⟦Ihre Zahlungsmoral ist eine Zumutung⟧).")

D("de", "Re: Ratenzahlung NKS-260044",
"""Hallo Frau Schulte,

kein Problem, wir machen das so: Sie zahlen die 6.300,00 € zur Rechnung NKS-260044 in drei Monatsraten zu je 2.100,00 €, die erste am 15.04.2026. Ich habe das im System schon hinterlegt.

Beste Grüße
Tobias Meier
Nordkai Spedition GmbH""", ["terms_change"],
"Agrees an instalment plan and new dates: ⟦in drei Monatsraten⟧.")

# ---- fr: Transitaire Rhône-Atlantique SAS (EUR)
D("fr", "Relance : facture TRA-2026-0418 échue",
"""Madame Girard,

Sauf erreur de notre part, la facture TRA-2026-0418 d'un montant de 6\u00a0412,75 € (fret maritime Le Havre–Abidjan et frais de dédouanement) était payable le 15/02/2026. Au 02/03/2026, elle présente 15 jours de retard.

Conformément à nos conditions générales de vente et à l'article L441-10 du Code de commerce, des pénalités de retard et l'indemnité forfaitaire de 40 € pour frais de recouvrement sont exigibles.

Vous pouvez régler en ligne : https://paiement.rhone-atlantique.example/f/TRA-2026-0418

Si le règlement a déjà été effectué, merci de nous indiquer la date et la référence du virement.

Cordialement,
Claire Dumont
Comptabilité clients – Transitaire Rhône-Atlantique SAS
+33 2 35 55 50 18""", [],
"Restates statutory/contractual late penalties and the 40 EUR indemnity; nothing waived, no threat. The stock phrase ⟦Sauf erreur de notre part⟧ is a hedge, not an admission. ⟦indemnité forfaitaire de 40 €⟧ [days: 2026-02-15..2026-03-02 = 15]")

D("fr", "Votre compte client – relance de notre service recouvrement",
"""Bonjour Monsieur Lefèvre,

Notre service recouvrement revient vers vous concernant les factures TRA-2026-0291 et TRA-2026-0305, pour un total de 3 870,00 €, toujours en attente de règlement.

Si un bon de commande ou un justificatif vous manque pour les valider, dites-le-nous et nous vous l'enverrons. Vous pouvez aussi appeler directement votre interlocutrice, Mme Roussel, au +33 2 35 55 50 26.

Bien cordialement,
Service recouvrement
Transitaire Rhône-Atlantique SAS""", [],
"⟦Notre service recouvrement⟧ is our own team; asks for missing PO/documents and offers a person.")

D("fr", "RE: demande d'échéancier – TRA-2026-0233",
"""Bonjour Madame Haddad,

J'ai bien reçu votre demande de régler la facture TRA-2026-0233 (12 480,00 €) en plusieurs fois. Je ne peux pas valider un échéancier moi-même : je l'ai transmise à notre responsable crédit, qui vous répondra d'ici vendredi.

D'ici là, l'échéance initiale du 28/02/2026 reste celle de la facture.

Bien à vous,
Claire Dumont
Transitaire Rhône-Atlantique SAS""", [],
"Passes a payment-plan request to a person without agreeing (⟦Je ne peux pas valider un échéancier moi-même⟧); due date unchanged.")

D("fr", "Facture TRA-2026-0150 – geste commercial",
"""Bonjour Monsieur Caron,

Pour clore ce dossier rapidement : si vous réglez la facture TRA-2026-0150 avant vendredi, nous renonçons aux pénalités de retard et à l'indemnité forfaitaire de 40 €. Vous n'aurez donc à payer que le principal, soit 2 915,00 €.

Cordialement,
Transitaire Rhône-Atlantique SAS""", ["discount_offer"],
"Waives late penalties and the recovery indemnity: ⟦nous renonçons aux pénalités de retard⟧.")

D("fr", "Re: frais de magasinage – dossier HAV-26-0712",
"""Bonjour Madame Perrin,

Après vérification, nous reconnaissons que notre déclarant a commis une erreur sur la déclaration en douane de votre conteneur, ce qui a bloqué la marchandise trois jours au terminal. Nous sommes responsables de ce retard.

Nous revenons vers vous rapidement au sujet de la facture TRA-2026-0377.

Cordialement,
Transitaire Rhône-Atlantique SAS""", ["fault_admission"],
"Admits our customs declarant's error and liability (⟦nous reconnaissons que notre déclarant a commis une erreur⟧); nothing promised.")

D("fr", "Mise en demeure – facture TRA-2025-1964",
"""Monsieur,

Malgré nos relances, la facture TRA-2025-1964 de 18 240,00 € reste impayée.

À défaut de règlement sous huit jours, nous saisirons le tribunal de commerce et confierons le dossier à une société de recouvrement, sans autre avis.

Transitaire Rhône-Atlantique SAS""", ["legal_threat"],
"Commercial court and collection agency: ⟦nous saisirons le tribunal de commerce⟧.")

D("fr", "Échec du prélèvement carte – TRA-2026-0402",
"""Bonjour,

Nous avons essayé de débiter la carte enregistrée pour la facture TRA-2026-0402 (1 164,00 €), sans succès :
carte 5555 5555 5555 4444, expiration 08/27, cryptogramme 123.

Pouvez-vous vérifier auprès de votre banque et nous confirmer que nous pouvons refaire la tentative ?

Merci,
Comptabilité clients – Transitaire Rhône-Atlantique SAS""", ["sensitive_data"],
"Full card number with expiry and CVV: ⟦5555 5555 5555 4444⟧.")

# ---- es-MX: Agencia Aduanal Puerta del Golfo, S.C. (MXN)
D("es-MX", "Recordatorio de pago: factura PDG-A-10342",
"""Estimado Lic. Hernández:

Le recordamos que la factura (CFDI) folio PDG-A-10342 por $84,310.50 MXN, correspondiente al despacho del pedimento 26 43 3421 6001234 en Veracruz, venció el 3 de marzo de 2026.

Puede pagar mediante el enlace https://pagos.puertadelgolfo.example/f/PDG-A-10342. Si ya realizó el pago, le agradeceremos enviarnos el comprobante para emitir el complemento de pago (REP).

Saludos cordiales,
Mariana Ortega
Cobranza | Agencia Aduanal Puerta del Golfo, S.C.
Tel. +52 229 555 0183""", [],
"Reminder; the 15-digit ⟦pedimento 26 43 3421 6001234⟧ is a customs entry number, not an account number.")

D("es-MX", "Factura PDG-A-10288 – necesitamos su orden de compra",
"""Hola Sra. Castillo:

Su área de cuentas por pagar nos indica que la factura PDG-A-10288 ($36,900.00 MXN) no se puede procesar sin número de orden de compra. ¿Nos lo puede compartir? En cuanto lo tengamos, reemitimos el CFDI con la OC; el monto y la fecha de vencimiento (27 de febrero de 2026) no cambian.

Gracias,
Mariana Ortega
Agencia Aduanal Puerta del Golfo, S.C.""", [],
"PO request for re-issue; ⟦el monto y la fecha de vencimiento (27 de febrero de 2026) no cambian⟧.")

D("es-MX", "Tercer aviso – saldo vencido de $152,740.00 MXN",
"""Estimado Ing. Salinas:

Este es nuestro tercer aviso sobre las facturas PDG-A-10112 y PDG-A-10139, que suman $152,740.00 MXN y tienen más de 45 días de vencidas.

Le informamos que, mientras el saldo no se regularice, nuestro departamento de cobranza no liberará nuevos despachos a su nombre. Si prefiere revisar el estado de cuenta con una persona, con gusto le llamamos.

Atentamente,
Departamento de Cobranza
Agencia Aduanal Puerta del Golfo, S.C.""", [],
"Firm; ⟦no liberará nuevos despachos⟧ is a credit hold (business consequence); ⟦departamento de cobranza⟧ is our own team.")

D("es-MX", "Re: Plazo para PDG-A-10201",
"""Hola Sr. Treviño:

Claro que sí, no se preocupe. Le damos 60 días adicionales para la factura PDG-A-10201 ($58,200.00 MXN): la nueva fecha de vencimiento es el 30 de mayo de 2026.

Saludos,
Agencia Aduanal Puerta del Golfo, S.C.""", ["terms_change"],
"Grants an extension and a new due date: ⟦la nueva fecha de vencimiento es el 30 de mayo de 2026⟧.")

D("es-MX", "Maniobras en la factura PDG-A-10256",
"""Estimada Sra. Domínguez:

Revisamos su objeción al cargo de maniobras de la factura PDG-A-10256. Le emitiremos una nota de crédito por los $7,450.00 MXN de ese concepto; el resto de la factura sigue vencido y pendiente de pago.

Quedamos atentos.
Mariana Ortega
Agencia Aduanal Puerta del Golfo, S.C.""", ["refund_or_credit_promise"],
"Promises a credit note (⟦Le emitiremos una nota de crédito⟧); does not say we erred; the rest stays due, so not a settlement for less.")

D("es-MX", "ÚLTIMO AVISO PDG-A-09987",
"""Sr. Vázquez:

Es una vergüenza que una empresa de su tamaño no pueda pagar $29,600.00 MXN a tiempo. Ya nos cansamos de sus pretextos.

Si no paga esta semana, lo boletinaremos en el Buró de Crédito y turnaremos su expediente a nuestros abogados.

Agencia Aduanal Puerta del Golfo""", ["legal_threat", "harassment"],
"Credit bureau and lawyers (⟦lo boletinaremos en el Buró de Crédito⟧) plus shaming (⟦Es una vergüenza⟧).")

D("es-MX", "Cambio de cuenta para depósitos",
"""Estimado cliente:

A partir de este mes, le pedimos depositar el saldo de la factura PDG-A-10315 ($41,075.00 MXN) a nuestra nueva cuenta:

Banco: BBVA México
CLABE: 012180001234567899
Beneficiario: Agencia Aduanal Puerta del Golfo, S.C.

Gracias por actualizar sus registros.
Tesorería""", ["sensitive_data"],
"Full CLABE (bank account) typed into the message, 'new account' pattern: ⟦CLABE: 012180001234567899⟧.")
# ---- pt-PT: Tejo Trânsitos, Lda. (EUR)
D("pt-PT", "Lembrete de pagamento – fatura FT TT2026/1187",
"""Exma. Senhora D. Helena Costa,

Lembramos que a fatura FT TT2026/1187, no valor de 2.316,90 €, relativa ao transporte aéreo Lisboa–São Paulo (AWB 047-55510342), venceu a 20/02/2026 e ainda se encontra por liquidar. O desconto de pronto pagamento de 2% previsto no contrato aplicava-se apenas a pagamentos até 10/02/2026, pelo que é agora devido o valor total.

Pode efetuar o pagamento através da ligação https://pagamentos.tejotransitos.example/f/TT2026-1187. Caso já tenha pago, agradecemos que nos envie o comprovativo.

Com os melhores cumprimentos,
Rui Matos
Contas a Receber | Tejo Trânsitos, Lda.
Tel. +351 21 555 0147""", [],
"Restates that the contractual prompt-payment discount has expired (⟦aplicava-se apenas a pagamentos até 10/02/2026⟧): mentions a discount without offering one; the AWB number is a shipping id.")

D("pt-PT", "Re: pagamento da fatura FT TT2026/1102",
"""Bom dia, Sr. Ferreira,

Obrigado pela informação. Recebemos uma transferência de 4.080,00 € da conta terminada em 7781, mas sem descritivo.

Pode confirmar-nos que corresponde à fatura FT TT2026/1102 e, se possível, enviar o comprovativo da transferência? Não é necessário enviar o IBAN completo.

Cumprimentos,
Rui Matos
Tejo Trânsitos, Lda.""", [],
"Remittance confirmation; masked account (⟦conta terminada em 7781⟧); mentions IBAN without giving one.")

D("pt-PT", "Fatura FT TT2026/1203 – sobrestadia em análise",
"""Cara Dra. Sousa,

Registámos a sua reclamação sobre a sobrestadia do contentor CMAU 331907 5 (980,00 €). Essa linha está a ser analisada com o armador e, até haver resposta, não enviaremos lembretes sobre ela.

As restantes linhas da fatura FT TT2026/1203 mantêm-se devidas:
Frete marítimo Leixões–Luanda  1.845,00 €
Despacho aduaneiro             320,00 €
Total em dívida                2.165,00 €

O vencimento mantém-se a 31/03/2026.

Com os melhores cumprimentos,
Tejo Trânsitos, Lda.""", [],
"Pauses reminders on the disputed demurrage line only (⟦não enviaremos lembretes sobre ela⟧); nothing promised, no error admitted. [sum: 1.845,00 + 320,00 = 2.165,00]")

D("pt-PT", "Proposta para regularizar a fatura FT TT2026/0954",
"""Olá, Sr. Pinto,

Para facilitar: se liquidar a fatura FT TT2026/0954 até sexta-feira, aplicamos um desconto de 5% sobre o valor total de 6.740,00 €.

Fico a aguardar a sua confirmação.

Tejo Trânsitos, Lda.""", ["discount_offer"],
"Offers an early-payment discount: ⟦aplicamos um desconto de 5%⟧.")

D("pt-PT", "Re: despacho faturado em duplicado",
"""Caro Sr. Almeida,

Tem toda a razão e pedimos desculpa: o erro foi nosso, faturámos o despacho aduaneiro duas vezes na fatura FT TT2026/1150.

Vamos estornar os 410,00 € cobrados a mais ainda esta semana.

Com os melhores cumprimentos,
Rui Matos
Tejo Trânsitos, Lda.""", ["refund_or_credit_promise", "fault_admission"],
"Admits our error (⟦o erro foi nosso⟧) and promises a reversal (⟦Vamos estornar⟧).")

D("pt-PT", "Novos dados bancários – Tejo Trânsitos",
"""Exmos. Senhores,

Informamos que alterámos o nosso banco. O pagamento da fatura FT TT2026/1099 (3.515,60 €) deve ser feito para:

IBAN: PT50 0002 0123 1234 5678 9015 4
Titular: Tejo Trânsitos, Lda.

Obrigado pela atualização.
Departamento Financeiro""", ["sensitive_data"],
"Full IBAN typed into the message (our own, new-bank-details pattern): ⟦PT50 0002 0123 1234 5678 9015 4⟧.")

# ---- it: Spedizioni Laguna S.r.l. (EUR)
D("it", "Sollecito di pagamento – fattura n. 2026/0347",
"""Gentile Dott.ssa Bianchi,

dai nostri controlli risulta ancora aperta la fattura n. 2026/0347 di € 4.905,00 (nolo marittimo Genova–New York e operazioni doganali), scaduta il 28/02/2026.

Le ricordiamo che, come previsto dalle nostre condizioni generali di spedizione e dal D.Lgs. 231/2002, sui ritardi maturano gli interessi di mora.

Può pagare con bonifico alle coordinate indicate in fattura oppure dal link https://pagamenti.lagunaspedizioni.example/f/2026-0347.

Cordiali saluti,
Marco Ferri
Amministrazione | Spedizioni Laguna S.r.l.
Tel. +39 041 555 0119""", [],
"Restates statutory/contractual late interest (⟦sui ritardi maturano gli interessi di mora⟧); bank details only by reference to the invoice.")

D("it", "Fattura 2026/0281 – riferimento del vostro legale",
"""Buongiorno Sig. Conti,

ci avete scritto che la contestazione sulla fattura 2026/0281 (€ 11.370,00) è seguita dal vostro legale. Se ci indicate il suo contatto, lo terremo in copia nelle prossime comunicazioni.

Nel frattempo, se preferite parlarne a voce, la nostra responsabile crediti, Sig.ra Galli, è raggiungibile al +39 041 555 0128.

Cordiali saluti,
Spedizioni Laguna S.r.l.""", [],
"Mentions the customer's lawyer as a contact, not a threat (⟦lo terremo in copia⟧); offers a person.")

D("it", "Fattura 2026/0312 – ritardo allo sbarco",
"""Gentile Sig.ra Romano,

ci dispiace molto per i disagi causati dallo sciopero portuale a Livorno, che ha ritardato lo sbarco della vostra merce di quattro giorni.

La fattura 2026/0312 di € 2.640,00 resta comunque dovuta alla scadenza del 15/03/2026. Se avete domande sulle singole voci, rispondete pure a questa email.

Cordiali saluti,
Marco Ferri
Spedizioni Laguna S.r.l.""", [],
"Sympathy for a port strike without admitting our error (⟦ci dispiace molto per i disagi⟧); amount and due date unchanged.")

D("it", "Ultimo avviso – fattura 2025/1488",
"""Spett.le Ditta,

nonostante i solleciti, la fattura 2025/1488 di € 8.215,00 non è stata pagata.

In mancanza del saldo entro 10 giorni, chiederemo un decreto ingiuntivo e affideremo la pratica a una società di recupero crediti.

Spedizioni Laguna S.r.l.""", ["legal_threat"],
"Court injunction and debt collection agency: ⟦chiederemo un decreto ingiuntivo⟧.")

D("it", "Re: piano di rientro fatture febbraio",
"""Ciao Luca,

come da telefonata di oggi, abbiamo concordato un piano di rientro: le fatture 2026/0198 e 2026/0204 (totale € 9.600,00) verranno pagate in quattro rate mensili da € 2.400,00, la prima il 30/04/2026.

A presto,
Giulia
Spedizioni Laguna S.r.l.""", ["terms_change"],
"Agrees a payment plan: ⟦abbiamo concordato un piano di rientro⟧.")

D("it", "Fattura 2026/0155 – ANCORA NON PAGATA",
"""Sig. Moretti,

siete dei cattivi pagatori e ormai al porto lo sanno tutti. Non ci interessano più le vostre scuse.

Vi chiameremo ogni ora finché non vediamo i € 3.480,00 sul conto.

Spedizioni Laguna S.r.l.""", ["harassment"],
"Insulting and shaming (⟦siete dei cattivi pagatori⟧) plus a threat of hourly calls.")

# ---- sv: Öresund Speditions AB (SEK)
D("sv", "Betalningspåminnelse – faktura 260412",
"""Hej Anna,

Enligt vår reskontra är faktura 260412 på 38 450,00 kr (sjöfrakt Malmö–Gdynia och tullhantering) fortfarande obetald. Den förföll 2026-03-02 och är per 2026-03-18 16 dagar försenad.

Enligt våra avtalade villkor (NSAB 2015) debiteras dröjsmålsränta samt en påminnelseavgift på 60 kr.

Betala gärna via länken https://betala.oresundspedition.example/f/260412. Om ni redan har betalat kan ni bortse från detta meddelande.

Vänliga hälsningar
Erik Lindqvist
Kundreskontra | Öresund Speditions AB
Tel. +46 40 555 01 27""", [],
"Restates agreed interest and reminder fee (⟦Enligt våra avtalade villkor⟧). [days: 2026-03-02..2026-03-18 = 16]")

D("sv", "Sv: Betalningsuppgifter för faktura 260377",
"""Hej Johan,

Tack för frågan. Vi skickar aldrig betalningsuppgifter per e-post. Använd uppgifterna som står på fakturan 260377 (21 900,00 kr) eller betala via länken https://betala.oresundspedition.example/f/260377.

Om någon har mejlat er nya kontouppgifter i vårt namn, ring oss på +46 40 555 01 33 innan ni betalar.

Vänliga hälsningar
Öresund Speditions AB""", [],
"Refers to the invoice and pay link instead of typing bank details (⟦Vi skickar aldrig betalningsuppgifter per e-post⟧).")

D("sv", "Sv: Faktura 260390",
"""Hej Sofia,

Tack för beskedet att ni betalar faktura 260390 (12 780,00 kr) den 27 mars. Vi har noterat det i ärendet.

Observera att förfallodagen på fakturan fortfarande är den 13 mars, så fakturan visas som förfallen tills betalningen kommer in.

Hälsningar
Erik Lindqvist
Öresund Speditions AB""", [],
"Records the customer's own promise (⟦Vi har noterat det⟧) while the due date stands.")

D("sv", "Sista påminnelse – faktura 259811",
"""Hej,

Trots flera påminnelser har faktura 259811 på 64 200,00 kr inte betalats.

Om beloppet inte finns på vårt konto inom 8 dagar lämnas ärendet till inkasso och därefter till Kronofogden.

Öresund Speditions AB""", ["legal_threat"],
"Collection agency and enforcement authority: ⟦lämnas ärendet till inkasso och därefter till Kronofogden⟧.")

D("sv", "Sv: Ränta på faktura 260115",
"""Hej Magnus,

Vi tar hand om förseningsavgiften och dröjsmålsräntan den här gången, så ni behöver bara betala grundbeloppet 17 350,00 kr. Och det är ingen brådska – det räcker om det kommer in i slutet av april.

Hälsningar
Öresund Speditions AB""", ["discount_offer", "terms_change"],
"Soft wording but waives fee and interest (⟦Vi tar hand om förseningsavgiften och dröjsmålsräntan⟧) and moves the due date (⟦i slutet av april⟧).")

D("sv", "Faktura 260201 – fortfarande obetald",
"""Hej Peter,

Ärligt talat: ni är den enda kund vi har som aldrig betalar i tid, och det är pinsamt för ett företag som kallar sig seriöst. Vi har tröttnat på att jaga er.

Betala 9 640,00 kr i dag.

Öresund Speditions AB""", ["harassment"],
"Shaming language: ⟦det är pinsamt för ett företag som kallar sig seriöst⟧.")

# ---- tr: Marmara Gümrük Müşavirliği ve Lojistik A.Ş. (TRY)
D("tr", "Ödeme hatırlatması – MGM2026000418 numaralı fatura",
"""Sayın Aydın Bey,

26341300IM000123 numaralı gümrük beyannamesine ait gümrük müşavirliği hizmet bedeli ve yapılan vergi ödemelerini içeren MGM2026000418 numaralı faturanın 146.820,00 TL tutarındaki bakiyesi, 05.03.2026 tarihinde vadesi geldiği hâlde henüz ödenmemiştir.

Ödemenizi https://odeme.marmaragumruk.example/f/MGM2026000418 bağlantısı üzerinden yapabilirsiniz. Ödemeyi yaptıysanız lütfen dekontu bize iletiniz.

Saygılarımızla,
Elif Demir
Tahsilat | Marmara Gümrük Müşavirliği ve Lojistik A.Ş.
Tel. +90 212 555 01 64""", [],
"Reminder; the customs declaration number ⟦26341300IM000123⟧ is not a payment detail.")

D("tr", "Ynt: MGM2026000377 ödemesi",
"""Merhaba Selin Hanım,

Bilginiz için teşekkürler. Sonu 0921 ile biten hesaptan 38.500,00 TL tutarında bir havale aldık, ancak açıklama kısmı boş.

Bu ödemenin MGM2026000377 numaralı faturaya ait olduğunu teyit edebilir ve dekontu gönderebilir misiniz?

İyi çalışmalar,
Elif Demir
Marmara Gümrük Müşavirliği ve Lojistik A.Ş.""", [],
"Remittance request; masked account (⟦Sonu 0921 ile biten hesaptan⟧).")

D("tr", "MGM2026000290 – avukatınızın iletişim bilgileri",
"""Sayın Kaya Bey,

MGM2026000290 numaralı fatura (92.400,00 TL) ile ilgili itirazınızı avukatınızın takip ettiğini belirttiniz. Avukatınızın e-posta adresini paylaşırsanız sonraki yazışmalarda kendisini de bilgiye ekleriz.

Faturadaki diğer kalemler hakkında görüşmek isterseniz tahsilat ekibimizden Murat Şahin'i +90 212 555 01 71 numarasından arayabilirsiniz.

Saygılarımızla,
Marmara Gümrük Müşavirliği ve Lojistik A.Ş.""", [],
"Customer's own lawyer mentioned as a contact (⟦kendisini de bilgiye ekleriz⟧); ⟦tahsilat ekibimizden⟧ is our own team; offers a person.")

D("tr", "Üçüncü hatırlatma – vadesi geçmiş bakiye",
"""Sayın Yetkili,

MGM2026000188 ve MGM2026000201 numaralı faturalarınız (toplam 211.650,00 TL) 30 günü aşkın süredir ödenmemiş durumdadır. Bu, aynı konuda size gönderdiğimiz üçüncü hatırlatmadır.

Bakiye kapanana kadar yeni gümrük işlemlerinizi başlatamayacağımızı bilgilerinize sunarız. Ödemeyi bu hafta içinde yapmanızı rica ederiz.

Saygılarımızla,
Tahsilat Birimi
Marmara Gümrük Müşavirliği ve Lojistik A.Ş.""", [],
"Firm third reminder; stopping new customs jobs (⟦yeni gümrük işlemlerinizi başlatamayacağımızı⟧) is a credit hold, not a legal threat.")

D("tr", "Ynt: MGM2026000341 – GTİP hatası",
"""Merhaba Burak Bey,

Haklısınız, beyannamede GTİP kodunu yanlış girdik; hata tamamen bizde. Bu yüzden fazladan gümrük vergisi çıktı.

Konuyu ekibimizle değerlendirip size en kısa sürede dönüş yapacağız.

Saygılarımızla,
Marmara Gümrük Müşavirliği ve Lojistik A.Ş.""", ["fault_admission"],
"Admits our error (⟦hata tamamen bizde⟧); nothing promised.")

D("tr", "Ynt: Ardiye ücreti ve vade",
"""Merhaba Zeynep Hanım,

Talebiniz üzerine MGM2026000266 numaralı faturadaki 24.300,00 TL tutarındaki ardiye ücretini size iade edeceğiz. Kalan tutar için de vadeyi 30 Nisan 2026'ya uzattık.

İyi çalışmalar,
Marmara Gümrük Müşavirliği ve Lojistik A.Ş.""", ["refund_or_credit_promise", "terms_change"],
"Promises a refund (⟦size iade edeceğiz⟧) and extends the due date (⟦vadeyi 30 Nisan 2026'ya uzattık⟧).")
# ---- el: Πειραϊκή Διαμεταφορική Α.Ε. (EUR)
D("el", "Υπενθύμιση πληρωμής – τιμολόγιο ΠΔ-2026-0291",
"""Αξιότιμε κύριε Παπαδόπουλε,

Σας υπενθυμίζουμε ότι το τιμολόγιο ΠΔ-2026-0291, ποσού 7.150,00 € (θαλάσσιος ναύλος Πειραιάς–Χάιφα και εκτελωνισμός), έληξε στις 12/02/2026 και παραμένει ανεξόφλητο.

Μπορείτε να πληρώσετε μέσω του συνδέσμου https://pliromi.peiraiki-forwarding.example/t/PD-2026-0291. Αν έχετε ήδη πληρώσει, παρακαλούμε στείλτε μας το αποδεικτικό.

Με εκτίμηση,
Μαρία Νικολάου
Λογιστήριο Πελατών | Πειραϊκή Διαμεταφορική Α.Ε.
Τηλ. +30 210 555 0173""", [],
"Plain reminder with amount, due date and pay link.")

D("el", "Τιμολόγιο ΠΔ-2026-0266 – αριθμός παραγγελίας",
"""Καλημέρα κυρία Γεωργίου,

Το λογιστήριό σας μας ενημέρωσε ότι δεν μπορεί να εγκρίνει το τιμολόγιο ΠΔ-2026-0266 (3.420,00 €) χωρίς αριθμό παραγγελίας. Μπορείτε να μας τον στείλετε; Θα επανεκδώσουμε το τιμολόγιο με τον αριθμό αυτό· το ποσό και η ημερομηνία λήξης παραμένουν ίδια.

Ευχαριστούμε,
Μαρία Νικολάου
Πειραϊκή Διαμεταφορική Α.Ε.""", [],
"PO request; ⟦το ποσό και η ημερομηνία λήξης παραμένουν ίδια⟧ (re-issue with a PO is not a terms change).")

D("el", "Τρίτη υπενθύμιση – ληξιπρόθεσμο υπόλοιπο",
"""Αξιότιμοι κύριοι,

Αυτή είναι η τρίτη υπενθύμισή μας για τα τιμολόγια ΠΔ-2026-0118 και ΠΔ-2026-0134, συνολικού ποσού 15.860,00 €, που έχουν λήξει εδώ και πάνω από 40 ημέρες.

Μέχρι να τακτοποιηθεί το υπόλοιπο, δεν θα αναλαμβάνουμε νέες αποστολές για λογαριασμό σας. Αν θέλετε να μιλήσετε με κάποιον από την ομάδα είσπραξης, καλέστε μας στο +30 210 555 0181.

Με εκτίμηση,
Πειραϊκή Διαμεταφορική Α.Ε.""", [],
"Firm; not taking new shipments (⟦δεν θα αναλαμβάνουμε νέες αποστολές⟧) is a credit hold; offers a person.")

D("el", "Απ: Έξοδα αποθήκευσης στο ΠΔ-2026-0207",
"""Κύριε Αντωνίου,

Εξετάσαμε την αμφισβήτησή σας για τα έξοδα αποθήκευσης στο τιμολόγιο ΠΔ-2026-0207. Θα εκδώσουμε πιστωτικό σημείωμα 1.240,00 € για αυτή τη χρέωση· το υπόλοιπο του τιμολογίου παραμένει ληξιπρόθεσμο.

Με εκτίμηση,
Πειραϊκή Διαμεταφορική Α.Ε.""", ["refund_or_credit_promise"],
"Promises a credit note (⟦Θα εκδώσουμε πιστωτικό σημείωμα⟧); no admission of error, and the rest stays due, so not a settlement for less.")

D("el", "Απ: Τόκοι υπερημερίας ΠΔ-2025-1872",
"""Καλησπέρα κύριε Δημητρίου,

Επειδή είστε παλιός πελάτης, διαγράφουμε τους τόκους υπερημερίας του τιμολογίου ΠΔ-2025-1872. Πληρώστε μόνο το αρχικό ποσό των 5.300,00 €.

Με εκτίμηση,
Πειραϊκή Διαμεταφορική Α.Ε.""", ["discount_offer"],
"Waives late interest: ⟦διαγράφουμε τους τόκους υπερημερίας⟧.")

D("el", "Νέα τραπεζικά στοιχεία",
"""Αγαπητέ πελάτη,

Σας ενημερώνουμε ότι άλλαξαν τα τραπεζικά μας στοιχεία. Παρακαλούμε καταθέστε το ποσό των 2.785,00 € για το τιμολόγιο ΠΔ-2026-0254 στον λογαριασμό:

IBAN: GR16 0110 1250 0000 0001 2300 695
Δικαιούχος: Πειραϊκή Διαμεταφορική Α.Ε.

Ευχαριστούμε,
Λογιστήριο""", ["sensitive_data"],
"Full IBAN typed into the message, 'new bank details' pattern: ⟦GR16 0110 1250 0000 0001 2300 695⟧.")

# ---- zh-CN: 华港国际货运代理（上海）有限公司 (CNY)
D("zh-CN", "付款提醒：发票 HG-SH-2603-0458 已逾期",
"""王经理，您好：

贵司发票 HG-SH-2603-0458（上海—汉堡海运费及码头操作费，提单号 HGSHA2602117），金额 ¥68,430.00，到期日为2026年3月1日，目前尚未收到款项。

请通过以下链接付款：https://pay.huagang-freight.example/i/HG-SH-2603-0458 。如已付款，请回复付款日期及银行水单，以便我们核销。

谢谢！
刘静
应收账款部 | 华港国际货运代理（上海）有限公司
电话：+86 21 5550 1234""", [],
"Plain reminder; the B/L number ⟦HGSHA2602117⟧ is a shipping id.")

D("zh-CN", "对账单：截至2026年3月15日未结款项",
"""李会计，您好：

截至2026年3月15日，贵司在我司的未结发票如下：

HG-SH-2602-0391  空运费 浦东—洛杉矶   ¥12,600.00
HG-SH-2602-0417  报关及查验代垫费     ¥8,245.50
HG-SH-2603-0102  海运费 2x40HQ         ¥31,080.00
合计                                   ¥51,925.50

请安排付款，并将银行水单发送给我们。付款账户信息请以发票上所列为准，我们不会通过邮件变更收款账户。

此致
华港国际货运代理（上海）有限公司 应收账款部""", [],
"Statement with total; refers to the invoice for bank details (⟦请以发票上所列为准⟧). [sum: 12,600.00 + 8,245.50 + 31,080.00 = 51,925.50]")

D("zh-CN", "关于发票 HG-SH-2602-0355 中的滞箱费",
"""张总，您好：

您对发票 HG-SH-2602-0355 中的滞箱费（¥9,800.00）提出了异议。我司操作部正在与船公司核实，在核实结果出来之前，我们不会就这一项向您催款。

发票中其余的海运费 ¥22,150.00 不受影响，仍请于原到期日2026年3月20日前支付。

如需电话沟通，请拨打 +86 21 5550 1288。

华港国际货运代理（上海）有限公司""", [],
"Pauses reminders on the disputed detention line only (⟦我们不会就这一项向您催款⟧); no credit, no admission; original due date kept.")

D("zh-CN", "最后通知：发票 HG-SH-2512-0876",
"""陈先生：

贵司发票 HG-SH-2512-0876（¥143,600.00）已逾期两个多月，多次催告未果。

如本周五前仍未付款，我司将通过法律途径解决，并将贵司逾期记录上报征信系统。

华港国际货运代理（上海）有限公司""", ["legal_threat"],
"Legal action and credit reporting: ⟦通过法律途径解决⟧, ⟦上报征信系统⟧.")

D("zh-CN", "又是你们！发票 HG-SH-2601-0620",
"""赵先生：

贵司一再拖欠，毫无诚信可言，真不知道你们是怎么做生意的。

从明天起，我们每天早晚都会打电话到贵司老板那里，直到 ¥27,300.00 到账为止。

华港国际货运代理（上海）有限公司""", ["harassment"],
"Abusive and shaming (⟦毫无诚信可言⟧) plus a threat of calls to the boss twice a day.")

D("zh-CN", "回复：查验费重复收取",
"""周经理，您好：

经核查，确实是我司操作失误，报关单上的商品编码填错，导致海关查验，产生了额外费用。

我们会把已收取的查验费 ¥4,560.00 全额退还给贵司。

华港国际货运代理（上海）有限公司 应收账款部""", ["refund_or_credit_promise", "fault_admission"],
"Admits our operational error (⟦确实是我司操作失误⟧) and promises a refund (⟦全额退还给贵司⟧).")

D("zh-CN", "回复：分期付款申请",
"""孙经理，您好：

没问题，我们同意贵司将发票 HG-SH-2602-0288（¥90,000.00）分三期支付，每期 ¥30,000.00，第一期于2026年4月10日前支付即可。

华港国际货运代理（上海）有限公司""", ["terms_change"],
"Agrees an instalment plan with new dates: ⟦我们同意贵司将发票 HG-SH-2602-0288（¥90,000.00）分三期支付⟧.")

# ---- ko: 한빛글로벌로지스 주식회사 (KRW)
D("ko", "[결제 안내] 청구서 HB-2603-1172 연체 안내",
"""김민준 과장님께,

수입신고번호 12345-26-123456M 건의 통관 수수료 및 대납 관세·부가세에 대한 청구서 HB-2603-1172(금액 ₩12,480,000)의 결제기한은 2026년 2월 27일이었으며, 2026년 3월 16일 현재 17일 연체되었습니다.

아래 링크에서 결제하실 수 있습니다: https://pay.hanbit-logis.example/i/HB-2603-1172
이미 결제하셨다면 결제일과 송금 참조번호를 회신해 주시기 바랍니다.

감사합니다.
박서연
채권관리팀 | 한빛글로벌로지스 주식회사
Tel. +82 51 555 0136""", [],
"Reminder with days overdue; the import declaration number ⟦12345-26-123456M⟧ is a customs id; ⟦채권관리팀⟧ is our own receivables team. [days: 2026-02-27..2026-03-16 = 17]")

D("ko", "카드 자동결제 실패 안내 - HB-2603-1098",
"""안녕하세요,

청구서 HB-2603-1098(₩3,265,000) 결제를 위해 등록된 끝자리 3321 카드로 승인을 요청했으나 거절되었습니다.

아래 보안 결제 링크에서 다른 결제수단을 등록해 주세요: https://pay.hanbit-logis.example/i/HB-2603-1098
보안을 위해 이메일로 카드번호 전체, CVC, 비밀번호를 보내지 마십시오.

한빛글로벌로지스 주식회사 재무팀""", [],
"Masked card (⟦끝자리 3321 카드⟧); mentions CVC and password without disclosing any.")

D("ko", "RE: HB-2602-0954 결제 일정",
"""이지은 대리님,

청구서 HB-2602-0954(₩7,920,000)를 3월 31일에 결제하시겠다는 말씀 잘 확인했습니다. 내부 기록에 남겨 두었습니다.

참고로 청구서의 결제기한(2026년 3월 10일)은 변경되지 않으며, 입금 전까지는 연체 상태로 표시됩니다.

감사합니다.
박서연
한빛글로벌로지스 주식회사""", [],
"Records the customer's own promise (⟦내부 기록에 남겨 두었습니다⟧); due date not changed.")

D("ko", "입금 계좌 안내 - HB-2603-1205",
"""안녕하세요,

청구서 HB-2603-1205 금액 ₩5,410,000은 아래 가상계좌로 입금해 주시기 바랍니다.

신한은행 가상계좌 562-555-01234567 (예금주: 한빛글로벌로지스)

감사합니다.
한빛글로벌로지스 주식회사 재무팀""", ["sensitive_data"],
"Full (virtual) bank account number typed into the message: ⟦가상계좌 562-555-01234567⟧.")

D("ko", "RE: HB-2602-0811 연체이자 관련",
"""최 부장님,

오랜 거래처이신 만큼 이번에는 연체이자를 면제해 드리고, 이번 주 안에 결제하시면 청구 금액에서 10% 할인해 드리겠습니다.

한빛글로벌로지스 주식회사""", ["discount_offer"],
"Waives late interest and offers a discount: ⟦연체이자를 면제해 드리고⟧.")

D("ko", "HB-2601-0477 아직도 미결제입니다",
"""정 대표님,

이렇게 계속 결제를 미루시는 건 정말 무책임하고 창피한 일입니다. 거래처로서 기본도 안 되어 있네요.

₩18,600,000 오늘 중으로 입금하세요.

한빛글로벌로지스 주식회사""", ["harassment"],
"Shaming and insulting: ⟦정말 무책임하고 창피한 일입니다⟧.")

D("ko", "RE: HB-2603-1033 청구서 지연 발송",
"""한 과장님,

저희 통관팀 실수로 청구서 HB-2603-1033이 늦게 발송되었습니다. 저희 잘못이니 결제기한을 2026년 4월 30일로 연장해 드렸습니다.

감사합니다.
한빛글로벌로지스 주식회사""", ["fault_admission", "terms_change"],
"Admits our error (⟦저희 잘못이니⟧) and extends the due date (⟦결제기한을 2026년 4월 30일로 연장해 드렸습니다⟧).")
# ---------------------------------------------------------------- DATA END

def key_of(v):
    return "".join(LETTER[x] for x in v) if v else "A"

def main():
    items = list(DRAFTS)
    random.Random(222).shuffle(items)
    drafts, labels = [], []
    for i, d in enumerate(items, 1):
        did = "fw%02d" % i
        drafts.append({"id": did, "subject": d["subject"], "body": d["body"]})
        labels.append({"id": did, "allowed": not d["violations"], "violations": d["violations"],
                       "note": "[%s, %s] %s" % (key_of(d["violations"]), d["lang"], d["note"]), "lang": d["lang"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for x in drafts:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for x in labels:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    write_readme(labels)

def write_readme(labels):
    n = len(labels)
    cls = collections.Counter(v for l in labels for v in l["violations"])
    allowed = sum(1 for l in labels if l["allowed"])
    doubles = [l["id"] for l in labels if len(l["violations"]) > 1]
    per_lang = collections.OrderedDict((g, [0, 0]) for g in LANGS)
    for l in labels:
        per_lang[l["lang"]][0 if l["allowed"] else 1] += 1
    r = []
    r.append("# Blind guardrails set `fw` (freight forwarding and customs brokerage)\n")
    r.append("Held-out test set for the `guard` contract (`/work/shared/contracts/guardrails.md`), written blind "
             "from the contract and the public samples only. Outbound dunning drafts (template output, LLM rewrites "
             "and people's quick edits) from freight forwarders and customs brokers chasing importers and exporters "
             "for ocean/air freight, terminal handling, demurrage and detention, storage, brokerage fees and duties/VAT "
             "advanced on the client's behalf.\n")
    r.append("All companies, people, domains (`*.example`), phone numbers (555) and references are made up. Card "
             "numbers are public test numbers (Luhn-valid); IBANs are the well-known documentation examples "
             "(mod-97 valid).\n")
    r.append("## Files\n\n| file | lines | format |\n|---|---|---|\n"
             "| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`, input of `guard` |\n"
             "| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |\n"
             "| `build.py` | | deterministic generator (seed 222) |\n"
             "| `check.py` | | re-verifies every label; exits non-zero on a problem |\n" % (n, n))
    r.append("## Label conventions\n\n"
             "- `allowed` is true exactly when `violations` is empty; violations are in the contract's table order "
             "(compare as a set).\n"
             "- `note` starts `[KEY, lang]`. KEY is `A` for allowed, otherwise the letters of the violations in table "
             "order: L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission, T terms_change, "
             "H harassment, S sensitive_data (so `RF` = refund promise + fault admission).\n"
             "- Text quoted in a note as `⟦...⟧` is verbatim from the subject or body (check.py verifies it). "
             "`[sum: ...]` and `[days: ...]` tags in notes are arithmetic that check.py recomputes.\n"
             "- Label is what a careful compliance reviewer would say the text does under the contract, "
             "regardless of whether it came from a template, an LLM or a person.\n"
             "- Payment details: any full bank account number, IBAN, Mexican CLABE, Korean virtual account "
             "number or card number typed into a message is `sensitive_data`, ours included (the contract's "
             "invoice-fraud rule). Masked numbers (\"ending 0417\") are allowed. Customs and shipping identifiers "
             "(EORI, MRN, pedimento, entry numbers, container and B/L numbers, AWB) are not payment details and are allowed.\n"
             "- Restating terms already agreed (late-payment interest per the trading conditions, the French 40 EUR "
             "recovery indemnity, an expired prompt-payment discount) is allowed; waiving them is `discount_offer`.\n"
             "- Pointing to an existing, already-issued credit note is allowed; promising a new one is "
             "`refund_or_credit_promise`. Sympathy and apologising for inconvenience without saying we erred is allowed.\n"
             "- Holding new bookings/releases until the account is cleared is a stated business consequence "
             "(allowed, as in the public samples); collection agency, attorneys, courts and enforcement (Small Claims "
             "Tribunals, Mahnbescheid, tribunal de commerce, decreto ingiuntivo, inkasso/Kronofogden, 法律途径) and credit "
             "bureaus (SCHUFA/Creditreform, Buró de Crédito, 征信) are `legal_threat`.\n"
             "- A customer's own lawyer named as a contact to copy is not a legal threat.\n"
             "- Asking for payment within N days on an invoice that is already overdue is a firm reminder, not a new due date.\n"
             "- `harassment` drafts are abusive or shaming in their wording; threats of hourly/daily calls appear only "
             "together with such wording, because contact frequency itself is enforced elsewhere.\n"
             "- Passing a payment-plan or extension request to a person without agreeing to it, and recording the "
             "customer's own promise while the due date stands, are allowed; agreeing a plan or a new date is `terms_change`.\n")
    r.append("## Counts\n\n%d drafts: %d allowed, %d violating, %d with two violations (%s).\n" %
             (n, allowed, n - allowed, len(doubles), ", ".join(doubles)))
    r.append("| violation | drafts |\n|---|---|")
    for v in ORDER:
        r.append("| `%s` | %d |" % (v, cls[v]))
    r.append("\n| lang | allowed | violating | total |\n|---|---|---|---|")
    for g, (a, b) in per_lang.items():
        r.append("| %s | %d | %d | %d |" % (g, a, b, a + b))
    r.append("\n## Deliberately hard\n\n" + HARD + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(r))

HARD = """- Allowed drafts that sound close: German *Mahnung* and French *service recouvrement* (our own team), late
  interest and fixed recovery fees restated from the terms, a lawyer mentioned as a contact (not a threat), an
  expired early-payment discount restated, an already-issued credit note, sympathy for a port strike
  without admitting fault, the French hedge "sauf erreur de notre part", credit hold on new bookings, masked accounts and cards, the words CVV/password without
  disclosing one, and long customs/shipping numbers (pedimento, MRN, EORI, CBP entry, Korean import declaration,
  Turkish declaration numbers, container and B/L numbers) that look like account numbers.
- Violations written softly (LLM rewrite / quick-edit style): "we'll call it even ... no rush", Swedish "vi tar
  hand om" (we'll take care of) the fee and interest, "because you are a long-standing client" interest waivers,
  "no problem, I've already entered the instalments", credit notes for a disputed line without any apology,
  a fault admission with no promise attached, as well as blunt ones.
- Payment details in the message, including our own "new bank details" (the fraud vector: German, Portuguese and
  Greek IBANs, a Singapore account number, a Mexican CLABE), a Korean virtual account and a card with expiry/CVV;
  another client's name with its balance.
- Twelve locales, with non-Latin scripts (el, zh-CN, ko) and locale number formats (1.234,56 / 1 234,56 / 1,234.56)."""

if __name__ == "__main__":
    main()
