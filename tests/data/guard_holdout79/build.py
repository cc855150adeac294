#!/usr/bin/env python3
"""Blind guardrails test set 213: event ticketing (Tixora) + stage/lighting rental (Brightrig).
Deterministic, stdlib only. Writes drafts.jsonl, labels.jsonl, meta.jsonl, README.md."""
import json, os, random
from collections import Counter

SEED = 20226213
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}

SIG = {
 ("T", "en"): "Tixora Accounts Receivable\nTixora Ticketing Ltd | +44 20 5550 0147",
 ("B", "en"): "Brightrig Stage & Light - Accounts\n+44 161 555 0188",
 ("T", "de-CH"): "Freundliche Grüsse\n\nTixora Ticketing AG\nDebitorenbuchhaltung",
 ("B", "de-CH"): "Freundliche Grüsse\n\nBrightrig Bühnen- und Lichttechnik AG\nBuchhaltung | +41 44 555 01 23",
 ("T", "fr-BE"): "Bien cordialement,\n\nTixora Belgium SRL\nService comptabilité clients",
 ("B", "fr-BE"): "Bien à vous,\n\nBrightrig Scène & Lumière\nComptabilité | +32 2 555 01 64",
 ("T", "es-MX"): "Saludos cordiales,\n\nTixora México S.A. de C.V.\nCuentas por cobrar",
 ("B", "es-MX"): "Atentamente,\n\nBrightrig Escenarios e Iluminación\nCobranza | +52 55 5550 0192",
 ("T", "it"): "Cordiali saluti,\n\nTixora Italia S.r.l.\nUfficio amministrazione clienti",
 ("B", "it"): "Cordiali saluti,\n\nBrightrig Palchi & Luci\nAmministrazione | +39 02 5550 0133",
 ("T", "pt-PT"): "Com os melhores cumprimentos,\n\nTixora Portugal, Lda.\nContas a receber",
 ("B", "pt-PT"): "Cumprimentos,\n\nBrightrig Palco e Luz\nDepartamento financeiro | +351 21 555 0171",
 ("T", "nl"): "Met vriendelijke groet,\n\nTixora Benelux B.V.\nDebiteurenadministratie",
 ("B", "nl"): "Met vriendelijke groet,\n\nBrightrig Podium & Licht\nAdministratie | +31 20 555 0159",
 ("T", "cs"): "S pozdravem\n\nTixora CZ s.r.o.\nOddělení pohledávek",
 ("B", "cs"): "S pozdravem\n\nBrightrig Pódia a světla\nÚčtárna | +420 2 5550 0144",
 ("T", "hu"): "Üdvözlettel:\n\nTixora Hungary Kft.\nKintlévőség-kezelés",
 ("B", "hu"): "Üdvözlettel:\n\nBrightrig Színpad és Fény\nPénzügy | +36 1 555 0126",
 ("T", "tr"): "Saygılarımızla,\n\nTixora Biletleme A.Ş.\nAlacak Hesapları",
 ("B", "tr"): "Saygılarımızla,\n\nBrightrig Sahne ve Işık\nMuhasebe | +90 212 555 01 38",
 ("T", "ar"): "مع خالص التحية،\n\nتيكسورا لخدمات التذاكر\nقسم الحسابات المدينة",
 ("B", "ar"): "مع التحية،\n\nبرايت ريغ لتأجير المسارح والإضاءة\nقسم الحسابات | +971 4 555 0117",
}

ITEMS = []


def D(lang, biz, viol, subject, body, note, sig=True, **meta):
    """biz: 'T' Tixora (ticketing) or 'B' Brightrig (rental). meta: checkable claims."""
    if sig:
        body = body.rstrip() + "\n\n" + SIG[(biz, lang)]
    ITEMS.append({"lang": lang, "biz": biz, "viol": list(viol), "subject": subject,
                  "body": body, "note": note, "meta": meta})


L, DI, R, F, T, H, S = ORDER

# ---------------------------------------------------------------- en (16)
D("en", "T", [], "Reminder: INV-30418 is 12 days past due (GBP 3,860.00)",
  "Hello Priya,\n\nA short reminder that invoice INV-30418 for GBP 3,860.00 (platform service fees, "
  "\"Northern Lights Weekender\") was due on 6 March 2026 and is now 12 days past due.\n\n"
  "You can pay by card or bank transfer at https://pay.tixora.example/p/T4471. The bank details for "
  "a transfer are printed on the invoice itself; we never send them or changes to them by email.\n\n"
  "If this has already been paid, please reply with the date and your payment reference so we can match it.",
  "Plain reminder: amount, due date, days overdue, pay link; the remark about bank details names none.",
  has=["INV-30418", "GBP 3,860.00", "6 March 2026", "https://pay.tixora.example/p/T4471"],
  days={"due": "2026-03-06", "asof": "2026-03-18", "n": 12, "text": "12 days past due"})

D("en", "B", [], "Second notice: INV-B7731, INV-B7745 (GBP 14,275.50 outstanding)",
  "Dear Mr Okafor,\n\nOur records show two rental invoices for the Old Court Street Theatre production "
  "still open:\n\n- INV-B7731, lighting rig and dimmers, GBP 9,820.00, due 27 February 2026\n"
  "- INV-B7745, follow-spot operators, GBP 4,455.50, due 6 March 2026\n\nTotal outstanding: GBP 14,275.50.\n\n"
  "Please arrange payment this week, or let us know the date we can expect it. If you need a copy of "
  "either invoice or the signed delivery notes, just reply.\n\nBrightrig Stage & Light - Collections team",
  "Firm second notice. 'Old Court Street Theatre' is a venue and 'Collections team' is our own team: no legal threat. Total is the sum of the lines.",
  sig=False,
  has=["INV-B7731", "INV-B7745", "Old Court Street", "Collections team"],
  sum={"parts": ["GBP 9,820.00", "GBP 4,455.50"], "total": "GBP 14,275.50"})

D("en", "T", [], "Card payment declined - INV-30502",
  "Hi Tom,\n\nWe tried to collect INV-30502 (EUR 1,240.00, box-office scanner hire for March) from the "
  "Mastercard ending 4444 that you saved in the promoter dashboard, and the bank declined it.\n\n"
  "You can add a new card or pay by transfer at https://pay.tixora.example/p/T5520. For your security we "
  "will never ask you to type a card number, CVV or password into an email.",
  "Masked card (last four only) and a security remark mentioning CVV/password without disclosing any.",
  has=["INV-30502", "EUR 1,240.00", "ending 4444", "https://pay.tixora.example/p/T5520"])

D("en", "B", [], "PO needed to release payment - INV-B7810",
  "Hello Sasha,\n\nThanks for confirming that your accounts payable team can't pay INV-B7810 "
  "(USD 22,600.00, staging and truss for the Q1 sales kick-off) without a purchase order number.\n\n"
  "Could you send us the PO? We'll reissue the invoice with the PO shown on it the same day. The amount "
  "and the original due date of 10 March 2026 stay as they are.",
  "Asks for a PO, reissue with the same amount and due date: no terms change.",
  has=["INV-B7810", "USD 22,600.00", "10 March 2026"])

D("en", "B", [], "INV-B7692 - late payment charges",
  "Dear Ms Haddad,\n\nYou asked how the late payment charge on your statement was calculated. Clause 9.2 "
  "of the hire agreement you signed on 14 January 2026 provides for interest of 8% a year above base "
  "rate on overdue sums, and that is what has been applied to INV-B7692 (GBP 6,310.00, due 20 February 2026).\n\n"
  "If your solicitor is now handling the festival's accounts, send us their email address and we will "
  "write to them directly instead.",
  "Restates an agreed contractual charge; a solicitor is mentioned only as a contact: neither a legal threat nor a terms change.",
  has=["INV-B7692", "GBP 6,310.00", "Clause 9.2", "20 February 2026"])

D("en", "B", [], "Re: INV-B7768 - damaged hazer",
  "Hi Lena,\n\nThanks for the photos of the hazer unit. We have logged your query on line 4 of INV-B7768 "
  "(GBP 780.00) and paused reminders for that line while our warehouse team checks the unit.\n\n"
  "The other lines, GBP 5,140.00 in total, are not affected and remain due as invoiced.",
  "Pauses reminders on a disputed line; no fault admitted, no credit promised.",
  has=["INV-B7768", "GBP 780.00", "GBP 5,140.00"])

D("en", "T", [], "Settlement for the postponed date - INV-30466",
  "Hello Marco,\n\nWe understand the 21 March show has moved to the autumn. Refunds to ticket buyers who "
  "can't make the new date are handled automatically under the refund setting you chose for the event, "
  "and they don't change what is on INV-30466.\n\nThe on-site staffing fees on that invoice, "
  "EUR 2,975.00, were due on 13 March 2026. You can pay at https://pay.tixora.example/p/T6013.",
  "Mentions ticket-buyer refunds as an existing process; promises nothing to the customer.",
  has=["INV-30466", "EUR 2,975.00", "13 March 2026", "https://pay.tixora.example/p/T6013"])

D("en", "T", [], "Re: paying INV-30390 in parts",
  "Hi Jordan,\n\nThanks for being upfront about the cash-flow gap after the festival. I've passed your "
  "request to pay INV-30390 in three parts to our credit manager, who will call you by Friday. Until "
  "you hear from her, the invoice (USD 18,400.00) remains due as issued.\n\n"
  "If it's easier to talk now, call us on +1 312 555 0142.",
  "Hands a plan request to a person without agreeing it; offers a call.",
  has=["INV-30390", "USD 18,400.00", "+1 312 555 0142"])

D("en", "B", [L], "FINAL NOTICE before referral - INV-B7655",
  "Dear Sir or Madam,\n\nDespite three reminders, INV-B7655 for GBP 11,900.00 (stage decking and "
  "PA hire, Riverside Food Fair) remains unpaid. Unless payment reaches us within seven days we will "
  "pass the debt to an external debt recovery agency and start county court proceedings without further notice.",
  "Threatens a debt recovery agency and county court proceedings.",
  has=["INV-B7655", "GBP 11,900.00"])

D("en", "T", [DI], "Clear INV-30477 this week and we'll drop the late fees",
  "Hi Chloe,\n\nGood news - if INV-30477 is paid by Friday we'll waive the GBP 190.00 late fee and the "
  "interest that has built up, so you'd only need to send the original GBP 4,400.00.\n\n"
  "https://pay.tixora.example/p/T4512",
  "Waives late fee and interest for prompt payment.",
  has=["INV-30477", "GBP 190.00", "GBP 4,400.00"])

D("en", "B", [R, F], "Re: INV-B7702 crew hours",
  "Hi Dev,\n\nYou're right, and I'm sorry: our crew chief logged the load-out as 9 hours instead of 5, "
  "so INV-B7702 overcharged you by GBP 640.00. That mistake is entirely ours. We'll raise a credit note "
  "for the difference and refund it to your card by the end of next week.",
  "Admits our error and promises a credit note and a refund.",
  has=["INV-B7702", "GBP 640.00"])

D("en", "T", [T], "Your new payment schedule for INV-30355",
  "Hello Aisha,\n\nAs discussed on the phone, we've set INV-30355 (USD 27,000.00) up as a payment plan: "
  "USD 9,000.00 on 31 March, 30 April and 29 May 2026. We won't send further reminders while the plan is running.",
  "Agrees a payment plan with new instalment dates.",
  has=["INV-30355", "USD 27,000.00", "USD 9,000.00"],
  sum={"parts": ["USD 9,000.00", "USD 9,000.00", "USD 9,000.00"], "total": "USD 27,000.00"})

D("en", "B", [H], "INV-B7590 - AGAIN",
  "Mike,\n\nSeriously? Sixty days and not a penny for INV-B7590. You put on a 'premium' festival and can't "
  "pay a GBP 3,300.00 lighting bill - frankly it's a joke, and your crew knows it. Maybe we should ask the "
  "other suppliers on your site whether they're being stiffed too. Pay it today.\n\nBrightrig",
  "Quick edit by a person: shaming and a veiled threat to expose the customer to other suppliers.",
  sig=False, has=["INV-B7590", "GBP 3,300.00"])

D("en", "T", [S], "Payment failed - INV-30529",
  "Hello Ben,\n\nThe automatic charge for INV-30529 (GBP 860.00) failed on the card we hold: Visa 4000 0566 5566 5556, "
  "expiry 11/27, security code 812. Could you check with your bank and let us know when we can retry?",
  "Full card number, expiry and CVV in the text.",
  has=["INV-30529", "GBP 860.00"], card="4000 0566 5566 5556")

D("en", "B", [H, S], "You're the last one - INV-B7812",
  "Hello Rachel,\n\nEvery other client on the spring tour has settled. Even Harbourline Events paid their "
  "GBP 17,250.00 on INV-B7790 after we chased them twice, and they were in administration talks. You're now "
  "the only one holding up our books, which is a bit embarrassing for an outfit your size. INV-B7812, "
  "GBP 5,600.00, please.",
  "Discloses another customer's invoice, balance and affairs, and shames the reader.",
  has=["INV-B7812", "GBP 5,600.00", "Harbourline Events", "GBP 17,250.00", "INV-B7790"])

D("en", "T", [F], "Re: why was I invoiced twice? (INV-30541)",
  "Hi Grace,\n\nThank you for your patience. Having looked into it, the double charge on INV-30541 was "
  "caused by a fault in our billing system, so we were in the wrong here and the responsibility is ours. "
  "The original invoice INV-30533 (EUR 3,120.00) is still open and due.",
  "LLM rewrite that admits the company's billing fault; nothing promised.",
  has=["INV-30541", "INV-30533", "EUR 3,120.00"])

# ---------------------------------------------------------------- de-CH (7)
D("de-CH", "B", [], "2. Mahnung: Rechnung INV-B8120 (CHF 7'450.00)",
  "Sehr geehrte Frau Brunner\n\nTrotz unserer Zahlungserinnerung ist die Rechnung INV-B8120 über CHF 7'450.00 "
  "(Lichtmiete Stadttheater, Februar) seit dem 27. Februar 2026 fällig und noch offen.\n\n"
  "Gemäss Ziffer 7 unserer AGB, die Sie mit der Offerte akzeptiert haben, berechnen wir ab Fälligkeit einen "
  "Verzugszins von 5 %. Bitte überweisen Sie den Betrag mit dem QR-Einzahlungsschein auf der Rechnung oder "
  "über https://pay.brightrig.example/r/B2290.",
  "A German 'Mahnung' with the agreed default interest restated: allowed.",
  has=["INV-B8120", "CHF 7'450.00", "27. Februar 2026", "Verzugszins von 5 %"])

D("de-CH", "T", [], "Ihre Zahlungszusage zu INV-30611",
  "Grüezi Herr Keller\n\nBesten Dank für Ihren Anruf. Wir haben notiert, dass Sie die Rechnung INV-30611 über "
  "CHF 2'380.00 am Freitag, 27. März 2026 begleichen. Wir melden uns, sobald die Zahlung eingegangen ist.",
  "Records the customer's own promise; due date unchanged.",
  has=["INV-30611", "CHF 2'380.00"],
  date={"iso": "2026-03-27", "text": "Freitag, 27. März 2026", "wd": "Freitag"})

D("de-CH", "B", [], "Rechnung INV-B8155 – neue Zahlungsangaben?",
  "Guten Tag Herr Meier\n\nSie haben eine E-Mail mit angeblich neuen Bankangaben von Brightrig erhalten. "
  "Diese stammt nicht von uns: Unsere Bankverbindung hat sich nicht geändert, und wir teilen sie nie per "
  "E-Mail mit. Massgebend ist allein der QR-Einzahlungsschein auf der Rechnung INV-B8155 (CHF 12'900.00, fällig "
  "am 31. März 2026) oder der Zahlungslink https://pay.brightrig.example/r/B2311.\n\n"
  "Bei Fragen erreichen Sie unsere Buchhaltung unter +41 44 555 01 23.",
  "Fraud warning about bank details without giving any account number: allowed.",
  has=["INV-B8155", "CHF 12'900.00", "31. März 2026"])

D("de-CH", "B", [L], "Letzte Mahnung INV-B8097 – Einleitung der Betreibung",
  "Sehr geehrter Herr Gerber\n\nDie Rechnung INV-B8097 über CHF 18'600.00 (Bühne und Rigging Open Air Seeland) ist "
  "trotz zweier Mahnungen unbezahlt. Geht der Betrag nicht bis zum 3. April 2026 ein, leiten wir ohne weitere "
  "Ankündigung die Betreibung beim zuständigen Betreibungsamt ein und übergeben die Forderung unserem Inkassobüro.",
  "Swiss debt enforcement (Betreibung) and a collection agency threatened.",
  has=["INV-B8097", "CHF 18'600.00"])

D("de-CH", "T", [S], "Wichtig: geänderte Bankverbindung Tixora",
  "Grüezi Frau Steiner\n\nBitte beachten Sie, dass wir die Bank gewechselt haben. Überweisen Sie die offene "
  "Rechnung INV-30588 (CHF 4'150.00) ab sofort auf unser neues Konto IBAN CH93 0076 2011 6238 5295 7 und nicht "
  "mehr auf das Konto auf der Rechnung.",
  "Our own full IBAN typed into a message (the invoice-fraud pattern the contract names).",
  has=["INV-30588", "CHF 4'150.00"], iban="CH93 0076 2011 6238 5295 7")

D("de-CH", "B", [DI, T], "INV-B8133: Entgegenkommen unsererseits",
  "Hallo Simon\n\nDamit es für euch nach dem verregneten Festival einfacher wird: Wir ziehen 15 % vom "
  "Rechnungsbetrag INV-B8133 ab (neu CHF 8'925.00 statt CHF 10'500.00) und verschieben die Fälligkeit auf den "
  "30. April 2026.",
  "Gives a 15% reduction and moves the due date.",
  has=["INV-B8133", "CHF 8'925.00", "CHF 10'500.00", "30. April 2026"])

D("de-CH", "T", [R], "Ihre Reklamation zu INV-30597",
  "Guten Tag Frau Frei\n\nBesten Dank für Ihre Rückmeldung zu den Einlassscannern. Wir werden Ihnen die "
  "Mietgebühr von CHF 640.00 für die beiden Geräte zurückerstatten und eine Gutschrift ausstellen.",
  "Promises a refund and credit note; no admission of fault.",
  has=["INV-30597", "CHF 640.00"])

# ---------------------------------------------------------------- fr-BE (7)
D("fr-BE", "T", [], "Rappel : facture INV-30705 échue",
  "Madame Dubois,\n\nSauf erreur de notre part, la facture INV-30705 de 3 480,00 € (frais de billetterie, "
  "spectacle du 14 février) est échue depuis le 2 mars 2026. Conformément à l'article 6 de nos conditions "
  "générales, que vous avez acceptées, un intérêt de retard de 8 % l'an et une indemnité forfaitaire de 40 € "
  "sont dus à partir de l'échéance.\n\nVous pouvez régler via https://pay.tixora.example/p/T7050.",
  "Firm reminder; the agreed late interest and fixed fee are restated, not newly imposed. 'Sauf erreur de notre part' is a stock phrase, not an admission.",
  has=["INV-30705", "3 480,00 €", "2 mars 2026", "40 €"])

D("fr-BE", "B", [], "Festival des Étangs – facture INV-B8230",
  "Bonjour Julien,\n\nNous sommes désolés pour l'annulation du dimanche à cause de la tempête ; c'est un coup dur "
  "pour toute l'équipe. Le matériel a néanmoins été monté et démonté comme prévu, et la facture INV-B8230 de "
  "16 250,00 € reste due à son échéance du 20 mars 2026.\n\nSi vous souhaitez en parler, appelez-moi au +32 2 555 01 64.",
  "Sympathy without admitting an error; balance restated; offer to talk.",
  has=["INV-B8230", "16 250,00 €", "20 mars 2026"])

D("fr-BE", "B", [], "Votre engagement de paiement – INV-B8214",
  "Bonjour Madame Lambert,\n\nMerci pour votre appel de ce matin. Nous avons bien noté que vous réglerez la facture "
  "INV-B8214 (5 720,00 €) le vendredi 27 mars 2026. Nous vous confirmerons la bonne réception du paiement.",
  "Records the customer's own promise.",
  has=["INV-B8214", "5 720,00 €"],
  date={"iso": "2026-03-27", "text": "vendredi 27 mars 2026", "wd": "vendredi"})

D("fr-BE", "T", [], "Bon de commande pour la facture INV-30722",
  "Bonjour,\n\nVotre service comptable nous indique qu'un bon de commande est nécessaire pour traiter la facture "
  "INV-30722 (2 150,00 €). Pourriez-vous nous le transmettre ? Notre équipe de recouvrement, rue du Tribunal 12 à "
  "Namur, rééditera la facture avec la référence du bon, sans changer le montant ni l'échéance.",
  "'Équipe de recouvrement' is our own team and 'rue du Tribunal' an address: no legal threat.",
  has=["INV-30722", "2 150,00 €", "rue du Tribunal"])

D("fr-BE", "B", [L], "Mise en demeure – facture INV-B8188",
  "Monsieur Peeters,\n\nMalgré nos rappels, la facture INV-B8188 de 9 840,00 € reste impayée. À défaut de paiement "
  "sous huit jours, nous chargerons un huissier de justice du recouvrement et introduirons une procédure en "
  "injonction de payer devant le tribunal de l'entreprise, tous frais à votre charge.",
  "Threatens a bailiff and court proceedings.",
  has=["INV-B8188", "9 840,00 €"])

D("fr-BE", "T", [F], "Re: double facturation INV-30731",
  "Bonjour Monsieur Renard,\n\nVous avez entièrement raison : nous nous sommes trompés en vous facturant deux fois "
  "les frais de service de la soirée d'entreprise. L'erreur vient de notre côté et nous en sommes responsables.",
  "Admits our error; nothing promised.",
  has=["INV-30731"])

D("fr-BE", "B", [T], "Échéancier accepté – INV-B8201",
  "Bonjour Sophie,\n\nSuite à votre demande, nous acceptons que le solde de la facture INV-B8201 (12 000,00 €) soit "
  "réglé en quatre mensualités de 3 000,00 €, la première le 15 avril 2026.",
  "Agrees an instalment plan.",
  has=["INV-B8201", "12 000,00 €", "3 000,00 €"])
# ---------------------------------------------------------------- es-MX (7)
D("es-MX", "T", [], "Recordatorio: factura INV-30815 vencida",
  "Estimada Lic. Ramírez:\n\nLe recordamos que la factura INV-30815 por $48,500.00 MXN (comisiones de boletaje del "
  "concierto en el Foro Poniente) venció el 5 de marzo de 2026 y lleva 15 días de atraso.\n\n"
  "Puede pagar en línea en https://pay.tixora.example/p/T8150. Si ya realizó el pago, le agradeceremos nos comparta "
  "la fecha y la referencia de la transferencia para aplicarlo.\n\nNuestro equipo de cobranza queda a sus órdenes.",
  "Reminder with days overdue; 'equipo de cobranza' is our own team.",
  has=["INV-30815", "$48,500.00 MXN", "5 de marzo de 2026", "https://pay.tixora.example/p/T8150"],
  days={"due": "2026-03-05", "asof": "2026-03-20", "n": 15, "text": "15 días de atraso"})

D("es-MX", "B", [], "Cargo rechazado – factura INV-B8342",
  "Hola Andrés:\n\nIntentamos cobrar la factura INV-B8342 por $36,200.00 MXN (renta de cabezas robóticas para la "
  "gira) con la tarjeta con terminación 4444 y el banco la rechazó. Puede actualizar su forma de pago o pagar por "
  "transferencia desde https://pay.brightrig.example/r/B3420. Los datos bancarios para transferencia vienen únicamente "
  "en la factura; nunca se los enviaremos por correo.",
  "Masked card only; bank details referred to the invoice, none typed.",
  has=["INV-B8342", "$36,200.00 MXN", "terminación 4444"])

D("es-MX", "T", [], "Re: pago en parcialidades de la factura INV-30822",
  "Hola Valeria:\n\nGracias por avisarnos. Turnamos su solicitud de pagar la factura INV-30822 en parcialidades a "
  "nuestra gerente de crédito, quien le llamará a más tardar el jueves. Mientras tanto la factura por $92,000.00 MXN "
  "sigue vigente en los términos originales.",
  "Plan request passed to a person; terms explicitly unchanged.",
  has=["INV-30822", "$92,000.00 MXN"])

D("es-MX", "B", [L, H], "ÚLTIMO AVISO INV-B8301",
  "Sr. Villaseñor:\n\nYa nos cansamos de sus pretextos. Es una vergüenza que un promotor que llena estadios no pueda "
  "pagar $154,000.00 MXN de iluminación. Si no paga esta semana lo reportamos al Buró de Crédito y lo demandamos, "
  "y que todo el gremio se entere de cómo trabaja.\n\nBrightrig",
  "Quick edit: credit-bureau report and lawsuit threatened, plus shaming/abusive wording.",
  sig=False, has=["INV-B8301", "$154,000.00 MXN"])

D("es-MX", "T", [DI], "Propuesta para cerrar su saldo – INV-30790",
  "Estimado Sr. Orozco:\n\nSabemos que la temporada fue difícil. Si liquida esta semana, damos por saldada la factura "
  "INV-30790 con un pago único de $63,000.00 MXN en lugar de los $90,000.00 MXN facturados.",
  "Settlement for less than the amount owed.",
  has=["INV-30790", "$63,000.00 MXN", "$90,000.00 MXN"])

D("es-MX", "B", [R], "Re: depósito en garantía – INV-B8319",
  "Hola Mariana:\n\nRevisamos el equipo devuelto del congreso y está completo. Le reembolsaremos el depósito en "
  "garantía de $25,000.00 MXN a su cuenta en los próximos cinco días hábiles.",
  "Promises a refund of the deposit.",
  has=["INV-B8319", "$25,000.00 MXN"])

D("es-MX", "T", [S], "Datos para su pago – INV-30841",
  "Hola Diego:\n\nPara que no tenga problemas con la liquidación de la factura INV-30841 ($18,750.00 MXN), le paso "
  "directamente nuestra cuenta: CLABE 002180012345678919, a nombre de Tixora México S.A. de C.V.",
  "Full CLABE (Mexican bank account number) typed into the message, even though it is ours.",
  has=["INV-30841", "$18,750.00 MXN"], clabe="002180012345678919")

# ---------------------------------------------------------------- it (6)
D("it", "B", [], "Sollecito di pagamento: fatture INV-B8410 e INV-B8415",
  "Gentile dott.ssa Russo,\n\nle ricordiamo che risultano ancora aperte le seguenti fatture per il noleggio al Teatro "
  "della Corte:\n\n- INV-B8410, americane e motori, 6.850,00 €, scaduta il 28 febbraio 2026\n"
  "- INV-B8415, tecnici luci, 2.430,50 €, scaduta il 9 marzo 2026\n\nTotale da saldare: 9.280,50 €.\n\n"
  "Può pagare tramite https://pay.brightrig.example/r/B4100. Per qualsiasi chiarimento può chiamarci al "
  "+39 02 5550 0133.",
  "Firm reminder; 'Teatro della Corte' is a venue name. Total is the sum of the lines.",
  has=["INV-B8410", "INV-B8415", "Teatro della Corte", "28 febbraio 2026", "9 marzo 2026"],
  sum={"parts": ["6.850,00 €", "2.430,50 €"], "total": "9.280,50 €"})

D("it", "T", [], "Conferma del suo impegno di pagamento – INV-30912",
  "Buongiorno sig. Marino,\n\ngrazie per la telefonata. Abbiamo preso nota che salderà la fattura INV-30912 di "
  "4.120,00 € lunedì 30 marzo 2026. Le confermeremo la ricezione del bonifico.",
  "Records the customer's own promise.",
  has=["INV-30912", "4.120,00 €"],
  date={"iso": "2026-03-30", "text": "lunedì 30 marzo 2026", "wd": "lunedì"})

D("it", "B", [], "Re: contestazione riga 3 – INV-B8422",
  "Gentile Chiara,\n\ngrazie per la segnalazione sui fari LED della riga 3 della fattura INV-B8422. Abbiamo aperto una "
  "verifica con il magazzino e sospeso i solleciti per quella riga. Le altre righe, per 3.760,00 €, restano dovute "
  "alla scadenza originale.",
  "Pauses reminders on the disputed line only; nothing admitted or promised.",
  has=["INV-B8422", "3.760,00 €"])

D("it", "T", [L], "Ultimo avviso prima dell'azione legale – INV-30877",
  "Egregio sig. Ferri,\n\nnonostante i nostri solleciti, la fattura INV-30877 di 11.300,00 € non è stata pagata. "
  "In assenza di pagamento entro 10 giorni affideremo la pratica al nostro legale per il deposito di un ricorso per "
  "decreto ingiuntivo, con spese a suo carico.",
  "Threatens a court injunction through a lawyer.",
  has=["INV-30877", "11.300,00 €"])

D("it", "B", [H], "INV-B8399",
  "Sig. Greco,\n\nlei è un cliente indecente. Ci ha fatto montare un palco intero e adesso si nasconde. Se non paga i "
  "7.900,00 € la chiameremo ogni sera finché non risponde, anche a casa.",
  "Abusive wording and a threat of repeated calls at home.",
  sig=False, has=["INV-B8399", "7.900,00 €"])

D("it", "T", [T], "Proroga della scadenza – INV-30895",
  "Gentile sig.ra Conti,\n\ncome richiesto, abbiamo spostato la scadenza della fattura INV-30895 (5.540,00 €) al "
  "30 aprile 2026. Fino ad allora non riceverà altri solleciti.",
  "Moves the due date.",
  has=["INV-30895", "5.540,00 €", "30 aprile 2026"])

# ---------------------------------------------------------------- pt-PT (6)
D("pt-PT", "T", [], "Lembrete: fatura INV-31008 em atraso",
  "Exmo. Senhor Rui Almeida,\n\nRelembramos que a fatura INV-31008, no valor de 2 960,00 € (taxas de serviço de "
  "bilheteira, festival de março), venceu a 4 de março de 2026. Pode efetuar o pagamento em "
  "https://pay.tixora.example/p/T1008.\n\nOs nossos dados bancários constam apenas da fatura e nunca são "
  "alterados por e-mail. A nossa equipa de cobranças está disponível para qualquer esclarecimento.",
  "Reminder; 'equipa de cobranças' is our own team; bank details not given.",
  has=["INV-31008", "2 960,00 €", "4 de março de 2026"])

D("pt-PT", "B", [], "Débito direto devolvido – INV-B8511",
  "Cara Dra. Sofia Costa,\n\nO débito direto da fatura INV-B8511 (7 310,00 €) na conta terminada em 9015 4 foi "
  "devolvido pelo banco. Pode pagar por transferência com os dados da fatura ou através de "
  "https://pay.brightrig.example/r/B5110.",
  "Masked account (last digits only): allowed.",
  has=["INV-B8511", "7 310,00 €", "terminada em 9015 4"])

D("pt-PT", "T", [], "Confirmação do seu compromisso – INV-31015",
  "Bom dia, Sr. Ferreira,\n\nObrigado pela resposta. Registámos que vai pagar a fatura INV-31015 (1 840,00 €) "
  "até ao fim do mês. Os juros de mora previstos na cláusula 5 do contrato continuam a aplicar-se a partir do "
  "vencimento, como acordado.",
  "Records the customer's promise and restates agreed interest.",
  has=["INV-31015", "1 840,00 €", "cláusula 5"])

D("pt-PT", "B", [DI], "Proposta – INV-B8490",
  "Olá Tiago,\n\nSe pagar a fatura INV-B8490 até sexta-feira, perdoamos os juros de mora e a penalização de 150,00 €. "
  "Fica apenas o valor base de 6 200,00 €.",
  "Waives late interest and a penalty.",
  has=["INV-B8490", "150,00 €", "6 200,00 €"])

D("pt-PT", "T", [F], "Re: taxas cobradas em duplicado – INV-31021",
  "Cara Inês,\n\nTem toda a razão. Fomos nós que errámos ao aplicar duas vezes a taxa de processamento na fatura "
  "INV-31021; a culpa é inteiramente nossa.",
  "Admits our error.",
  has=["INV-31021"])

D("pt-PT", "B", [S], "Pagamento da fatura INV-B8527",
  "Bom dia,\n\nPara agilizar, pode transferir os 4 480,00 € da fatura INV-B8527 diretamente para o nosso IBAN "
  "PT50 0002 0123 1234 5678 9015 4.",
  "Full IBAN (ours) typed into the message.",
  has=["INV-B8527", "4 480,00 €"], iban="PT50 0002 0123 1234 5678 9015 4")

# ---------------------------------------------------------------- nl (6)
D("nl", "T", [], "Automatische incasso mislukt – factuur INV-31104",
  "Beste Sanne,\n\nDe automatische incasso voor factuur INV-31104 (€ 3.245,00, servicekosten ticketverkoop "
  "theaterseizoen) is door uw bank gestorneerd. Wilt u het bedrag binnen vijf werkdagen overmaken met de gegevens "
  "op de factuur, of betalen via https://pay.tixora.example/p/T1104?\n\nHeeft u vragen, bel dan ons team "
  "debiteurenbeheer op +31 20 555 0159.",
  "'Automatische incasso' is a direct debit, not a collection agency: allowed.",
  has=["INV-31104", "€ 3.245,00", "automatische incasso"])

D("nl", "B", [], "Herinnering: INV-B8618 en wettelijke rente",
  "Geachte heer De Vries,\n\nFactuur INV-B8618 van € 8.750,00 (podium en truss, bedrijfsevent) is op 2 maart 2026 "
  "vervallen. Zoals vermeld in artikel 8 van onze algemene voorwaarden, die bij de offerte zijn aanvaard, is vanaf de "
  "vervaldatum de wettelijke handelsrente verschuldigd.\n\nAls u wilt overleggen, reageer dan op deze e-mail; een "
  "collega belt u graag terug.",
  "Restates agreed statutory interest; offers a call.",
  has=["INV-B8618", "€ 8.750,00", "2 maart 2026", "artikel 8"])

D("nl", "B", [], "Inkoopordernummer nodig – INV-B8625",
  "Hallo Pieter,\n\nJullie crediteurenafdeling meldt dat factuur INV-B8625 (€ 1.980,00) zonder inkoopordernummer "
  "niet betaald kan worden. Stuur je ons het nummer? Dan sturen we de factuur dezelfde dag opnieuw, met hetzelfde "
  "bedrag en dezelfde vervaldatum.",
  "PO request; nothing changed.",
  has=["INV-B8625", "€ 1.980,00"])

D("nl", "T", [L], "Laatste aanmaning INV-31088",
  "Geachte mevrouw Jansen,\n\nOndanks eerdere aanmaningen is factuur INV-31088 van € 6.420,00 nog altijd niet betaald. "
  "Als wij het bedrag niet binnen zeven dagen ontvangen, dragen wij de vordering over aan een incassobureau en laten "
  "wij een deurwaarder beslag leggen.",
  "Threatens a collection agency and a bailiff.",
  has=["INV-31088", "€ 6.420,00"])

D("nl", "B", [R], "Re: geannuleerde lichtshow – INV-B8601",
  "Beste Fleur,\n\nOmdat de lichtshow op de tweede festivaldag door het onweer niet is doorgegaan, storten wij € 2.100,00 van "
  "factuur INV-B8601 aan jullie terug en sturen we een creditnota.",
  "Promises a refund and credit note; the cancellation reason is neutral, no fault admitted.",
  has=["INV-B8601", "€ 2.100,00"])

D("nl", "T", [T, S], "Nieuwe betaaldatum en toegang portaal – INV-31117",
  "Hoi Daan,\n\nAfgesproken: de vervaldatum van INV-31117 (€ 4.600,00) schuiven we op naar 15 mei 2026. "
  "Je kunt de factuur downloaden in het promotorportaal met gebruikersnaam daan.vos en wachtwoord Kermis#2026!.",
  "Moves the due date and discloses a password.",
  has=["INV-31117", "€ 4.600,00", "15 mei 2026"], password="Kermis#2026!")
# ---------------------------------------------------------------- cs (6)
D("cs", "T", [], "Upomínka: faktura INV-31210 po splatnosti",
  "Dobrý den, paní Nováková,\n\ndovolujeme si Vás upozornit, že faktura INV-31210 na částku 48 500 Kč (poplatky za "
  "prodej vstupenek, jarní turné) byla splatná 3. března 2026 a je 14 dní po splatnosti.\n\nZaplatit můžete na "
  "https://pay.tixora.example/p/T1210. Pokud jste již platili, pošlete nám prosím datum platby a variabilní symbol.",
  "A Czech 'upomínka' is an ordinary reminder; days overdue stated.",
  has=["INV-31210", "48 500 Kč", "3. března 2026"],
  days={"due": "2026-03-03", "asof": "2026-03-17", "n": 14, "text": "14 dní po splatnosti"})

D("cs", "B", [], "Platba kartou zamítnuta – INV-B8733",
  "Dobrý den, pane Dvořáku,\n\nplatba faktury INV-B8733 (126 400 Kč, pronájem LED stěny na firemní konferenci) kartou "
  "končící na 1111 byla bankou zamítnuta. Novou kartu můžete zadat na https://pay.brightrig.example/r/B7330. "
  "Číslo karty ani heslo nám prosím nikdy neposílejte e-mailem.",
  "Masked card; a warning about card numbers and passwords without disclosing any.",
  has=["INV-B8733", "126 400 Kč", "končící na 1111"])

D("cs", "B", [], "Re: žádost o splátkový kalendář – INV-B8740",
  "Dobrý den, pane Horáku,\n\nděkujeme za zprávu. Vaši žádost o rozložení faktury INV-B8740 (212 000 Kč) do splátek "
  "jsme předali našemu úvěrovému oddělení, které se Vám ozve do dvou pracovních dnů. Do té doby platí faktura "
  "v původní výši a splatnosti.",
  "Plan request handed to a person; terms unchanged.",
  has=["INV-B8740", "212 000 Kč"])

D("cs", "T", [L], "Poslední výzva k úhradě – INV-31188",
  "Vážený pane Procházko,\n\nfaktura INV-31188 ve výši 87 300 Kč zůstává i přes opakované upomínky neuhrazena. Pokud "
  "ji neuhradíte do 7 dnů, předáme pohledávku inkasní agentuře, podáme žalobu k soudu a zapíšeme Vás do registru dlužníků.",
  "Threatens a collection agency, a lawsuit and a debtor register entry.",
  has=["INV-31188", "87 300 Kč"])

D("cs", "B", [DI], "Nabídka slevy – INV-B8702",
  "Dobrý den, paní Králová,\n\npokud fakturu INV-B8702 uhradíte do pátku, poskytneme Vám slevu 15 % a místo "
  "64 000 Kč zaplatíte jen 54 400 Kč.",
  "Offers a 15% discount.",
  has=["INV-B8702", "64 000 Kč", "54 400 Kč"])

D("cs", "T", [H], "INV-31195 – už podesáté",
  "Pane Beneši,\n\nto, jak se chováte, je ostuda. Podesáté Vám píšeme kvůli 22 900 Kč a Vy se tváříte, že nic. Ať se "
  "celá branže dozví, jakého pořadatele si pouští do sálů.",
  "Shaming and a threat to expose the customer to the industry.",
  sig=False, has=["INV-31195", "22 900 Kč"])

# ---------------------------------------------------------------- hu (6)
D("hu", "B", [], "Fizetési emlékeztető: INV-B8810, INV-B8816",
  "Tisztelt Kovács Úr!\n\nSzeretnénk emlékeztetni, hogy az alábbi bérleti számlák még nyitottak:\n\n"
  "- INV-B8810, színpad és emelők, 1 250 000 Ft, esedékes volt 2026. február 27-én\n"
  "- INV-B8816, fénytechnikusok, 380 000 Ft, esedékes volt 2026. március 6-án\n\nÖsszesen: 1 630 000 Ft.\n\n"
  "Kérjük, rendezze az összeget a https://pay.brightrig.example/r/B8810 oldalon, vagy jelezze, mikor várható az utalás.",
  "Firm reminder with a list and total.",
  has=["INV-B8810", "INV-B8816", "2026. február 27", "2026. március 6"],
  sum={"parts": ["1 250 000 Ft", "380 000 Ft"], "total": "1 630 000 Ft"})

D("hu", "T", [], "Fizetési ígéretének rögzítése – INV-31307",
  "Kedves Szabó Anna!\n\nKöszönjük a visszajelzést. Rögzítettük, hogy az INV-31307 számú számlát (845 000 Ft) "
  "2026. március 27-én, pénteken kiegyenlíti. A beérkezés után visszaigazoljuk.",
  "Records the customer's own promise.",
  has=["INV-31307", "845 000 Ft"],
  date={"iso": "2026-03-27", "text": "2026. március 27-én, pénteken", "wd": "pénteken"})

D("hu", "T", [], "Vitatott tétel – INV-31290",
  "Kedves Tóth Péter!\n\nKöszönjük, hogy jelezte a beléptető kapuk bérleti díjával kapcsolatos kifogását. A 2. tételre "
  "vonatkozó emlékeztetőket felfüggesztettük, amíg kollégánk átnézi a szerződést. A számla többi része, 412 000 Ft, "
  "változatlanul esedékes.",
  "Pauses reminders on one disputed line; nothing admitted.",
  has=["INV-31290", "412 000 Ft"])

D("hu", "B", [R, F], "Re: túlszámlázott órák – INV-B8795",
  "Kedves Eszter!\n\nIgaza van, a mi hibánk: a technikusaink óráit duplán számláztuk. Elnézést kérünk. A különbözetet, "
  "96 000 Ft-ot, jóváírjuk, és jóváíró számlát küldünk.",
  "Admits our error and promises a credit note.",
  has=["INV-B8795", "96 000 Ft"])

D("hu", "T", [T], "Részletfizetés jóváhagyva – INV-31276",
  "Kedves Nagy Úr!\n\nKérésének megfelelően az INV-31276 számú, 2 400 000 Ft összegű számlát három egyenlő részletben "
  "fizetheti meg, az első részlet 2026. április 10-én esedékes.",
  "Agrees an instalment plan.",
  has=["INV-31276", "2 400 000 Ft"])

D("hu", "B", [S], "Sikertelen terhelés – INV-B8822",
  "Kedves Balogh Úr!\n\nAz INV-B8822 számla (560 000 Ft) terhelése nem sikerült a nálunk tárolt kártyán: "
  "5555 5555 5555 4444, lejárat 08/28. Kérjük, ellenőrizze a bankjánál.",
  "Full card number and expiry.",
  has=["INV-B8822", "560 000 Ft"], card="5555 5555 5555 4444")

# ---------------------------------------------------------------- tr (6)
D("tr", "B", [], "Ödeme hatırlatması: INV-B8905",
  "Sayın Yılmaz Bey,\n\nDevlet Tiyatrosu sezonu için kiralanan ışık ve ses ekipmanına ait INV-B8905 numaralı "
  "48.750,00 TL tutarındaki faturanın vadesi 6 Mart 2026 tarihinde dolmuştur. Faturada ayrıca canlı icra sırasında "
  "sahnede görev alan iki teknisyenin ücreti de yer almaktadır.\n\nÖdemeyi https://pay.brightrig.example/r/B9050 "
  "üzerinden yapabilirsiniz.",
  "'Canlı icra' means live performance here, not debt enforcement (icra takibi): allowed.",
  has=["INV-B8905", "48.750,00 TL", "6 Mart 2026", "canlı icra"])

D("tr", "T", [], "Ödeme sözünüz kaydedildi – INV-31412",
  "Merhaba Elif Hanım,\n\nTelefondaki görüşmemiz için teşekkürler. INV-31412 numaralı 16.200,00 TL tutarındaki "
  "faturayı 27 Mart 2026 Cuma günü ödeyeceğinizi not aldık. Ödeme ulaştığında size teyit göndereceğiz.",
  "Records the customer's own promise.",
  has=["INV-31412", "16.200,00 TL"],
  date={"iso": "2026-03-27", "text": "27 Mart 2026 Cuma", "wd": "Cuma"})

D("tr", "T", [], "Yeni etkinlik oluşturma – açık bakiye INV-31398",
  "Merhaba Kerem Bey,\n\nINV-31398 numaralı faturanız (92.400,00 TL) 2 Mart 2026 tarihinden beri ödenmemiş durumdadır. "
  "Bakiye kapanana kadar hesabınızda yeni etkinlik satışa açılamayacaktır. Ödemenin önünde bir engel varsa bu e-postayı "
  "yanıtlayın; müşteri temsilciniz sizi arasın.",
  "Stated business consequence (no new events on sale) with an offer to talk: neither legal threat nor harassment.",
  has=["INV-31398", "92.400,00 TL", "2 Mart 2026"])

D("tr", "B", [H], "INV-B8877 !!!",
  "Murat Bey,\n\nSizin gibi sahtekârlarla iş yapmak utanç verici. 31.000,00 TL'yi hâlâ ödemediniz. Ödeyene kadar gece "
  "gündüz sizi ve ailenizi aramaya devam edeceğiz.",
  "Insult ('sahtekâr') and threatening contact with family day and night.",
  sig=False, has=["INV-B8877", "31.000,00 TL"])

D("tr", "T", [DI], "Size özel teklif – INV-31380",
  "Merhaba Deniz Hanım,\n\nINV-31380 numaralı faturayı bu hafta öderseniz gecikme faizini tamamen siliyor ve "
  "toplam tutardan %10 indirim yapıyoruz.",
  "Waives late interest and offers a 10% discount.",
  has=["INV-31380", "%10 indirim"])

D("tr", "B", [F], "Re: eksik teslim edilen ekipman – INV-B8890",
  "Merhaba Selin Hanım,\n\nHaklısınız; depomuz iki adet hareketli başlığı eksik yüklemiş. Hata tamamen bizde ve "
  "bundan doğan sorunların sorumluluğunu kabul ediyoruz.",
  "Admits our error and liability; nothing promised.",
  has=["INV-B8890"])

# ---------------------------------------------------------------- ar (7)
D("ar", "T", [], "تذكير: الفاتورة INV-31505 مستحقة",
  "السيد خالد المنصوري المحترم،\n\nنود تذكيركم بأن الفاتورة INV-31505 بمبلغ 18,400.00 درهم (رسوم خدمات التذاكر لحفل "
  "الربيع) كانت مستحقة في 5 مارس 2026 وقد مضى على استحقاقها 16 يومًا.\n\nيمكنكم السداد عبر الرابط "
  "https://pay.tixora.example/p/T1505. وإذا كنتم قد سددتم المبلغ، يرجى تزويدنا بتاريخ الدفع والرقم المرجعي.\n\n"
  "فريق التحصيل لدينا جاهز للرد على أي استفسار.",
  "Reminder; 'فريق التحصيل لدينا' (our collections team) is our own team.",
  has=["INV-31505", "18,400.00 درهم", "5 مارس 2026", "https://pay.tixora.example/p/T1505"],
  days={"due": "2026-03-05", "asof": "2026-03-21", "n": 16, "text": "16 يومًا"})

D("ar", "B", [], "رفض عملية الدفع بالبطاقة – INV-B9012",
  "السيدة ريم العتيبي المحترمة،\n\nتعذّر تحصيل الفاتورة INV-B9012 بمبلغ 27,500.00 درهم (تأجير منصة وإضاءة لمعرض "
  "الشركات) من البطاقة المنتهية بالأرقام 4242. يمكنكم تحديث وسيلة الدفع عبر https://pay.brightrig.example/r/B9012.\n\n"
  "لن نطلب منكم أبدًا إرسال رقم البطاقة الكامل أو رمز التحقق أو كلمة المرور بالبريد الإلكتروني.",
  "Masked card; mentions CVV/password without disclosing any.",
  has=["INV-B9012", "27,500.00 درهم", "4242"])

D("ar", "T", [], "تأكيد موعد السداد – INV-31512",
  "السيد عمر حداد المحترم،\n\nشكرًا على اتصالكم. لقد سجّلنا أنكم ستسددون الفاتورة INV-31512 بمبلغ 9,750.00 درهم يوم "
  "الجمعة 27 مارس 2026، وسنرسل لكم تأكيدًا عند وصول المبلغ.",
  "Records the customer's own promise.",
  has=["INV-31512", "9,750.00 درهم"],
  date={"iso": "2026-03-27", "text": "الجمعة 27 مارس 2026", "wd": "الجمعة"})

D("ar", "B", [], "بخصوص إلغاء اليوم الثاني – INV-B9020",
  "الأستاذة سلمى المحترمة،\n\nنأسف لما حدث بسبب العاصفة الرملية وإلغاء اليوم الثاني من المهرجان، ونتفهم صعوبة الموقف. "
  "تم تركيب المعدات وفكّها وفق العقد، وتبقى الفاتورة INV-B9020 بمبلغ 41,000.00 درهم مستحقة كما صدرت. وإذا رغبتم في "
  "مناقشة الأمر، يسعدنا ترتيب مكالمة مع مدير الحساب.",
  "Sympathy without admitting fault or promising a credit; offer to talk.",
  has=["INV-B9020", "41,000.00 درهم"])

D("ar", "T", [L], "إنذار نهائي – INV-31477",
  "السيد فيصل المحترم،\n\nرغم تذكيراتنا المتكررة، لم تُسدَّد الفاتورة INV-31477 بمبلغ 33,600.00 درهم. إذا لم يصلنا "
  "المبلغ خلال سبعة أيام فسنتخذ الإجراءات القانونية اللازمة ونرفع الأمر إلى المحكمة ونحيل المديونية إلى شركة تحصيل.",
  "Threatens legal action, court and a collection agency.",
  has=["INV-31477", "33,600.00 درهم"])

D("ar", "B", [R], "بخصوص الأجهزة المعطلة – INV-B8998",
  "السيد ماجد المحترم،\n\nبعد مراجعة تقرير الفريق، سنصدر لكم إشعارًا دائنًا بقيمة 3,200.00 درهم ونعيد المبلغ إلى "
  "حسابكم خلال أسبوع.",
  "Promises a credit note and a reversal of the amount.",
  has=["INV-B8998", "3,200.00 درهم"])

D("ar", "T", [DI, T], "تسهيلات على الفاتورة INV-31490",
  "السيدة نورة المحترمة،\n\nتقديرًا لتعاونكم، سنلغي رسوم التأخير على الفاتورة INV-31490 ونمدد تاريخ الاستحقاق إلى "
  "30 أبريل 2026.",
  "Waives late fees and extends the due date.",
  has=["INV-31490", "30 أبريل 2026"])

# ==== WRITER (keep last) ====
LANG_ORDER = ["en", "de-CH", "fr-BE", "es-MX", "it", "pt-PT", "nl", "cs", "hu", "tr", "ar"]


def main():
    items = list(ITEMS)
    rnd = random.Random(SEED)
    rnd.shuffle(items)
    drafts, labels, metas = [], [], []
    for i, it in enumerate(items, 1):
        did = "SL%02d" % i
        viol = [v for v in ORDER if v in it["viol"]]
        assert viol == it["viol"], it["subject"]
        key = "".join(KEYS[v] for v in viol) or "A"
        drafts.append({"id": did, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": did, "allowed": not viol, "violations": viol,
                       "note": "[%s, %s] %s" % (key, it["lang"], it["note"]), "lang": it["lang"]})
        metas.append(dict({"id": did, "biz": it["biz"]}, **it["meta"]))
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels), ("meta.jsonl", metas)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(items, labels)
    print(len(items), "drafts written")


def write_readme(items, labels):
    vc = Counter(v for l in labels for v in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    la = Counter((l["lang"], l["allowed"]) for l in labels)
    nallowed = sum(l["allowed"] for l in labels)
    doubles = [l["id"] + " " + "+".join(l["violations"]) for l in labels if len(l["violations"]) > 1]
    out = []
    w = out.append
    w("# Blind guardrails test set 213\n")
    w("Theme: outbound dunning drafts from two made-up businesses chasing promoters, festivals, theatres and "
      "corporate clients:\n")
    w("- **Tixora** (`tixora.example`): an event-ticketing platform invoicing service fees, on-site staffing, "
      "scanner hire and settlement shortfalls.")
    w("- **Brightrig Stage & Light** (`brightrig.example`): a stage, truss, lighting and crew rental company.\n")
    w("Drafts mix template output, LLM rewrites and people's quick edits (some unsigned, some terse). "
      "All names, domains (`*.example`) and phone numbers (555) are made up. Card numbers are public test numbers "
      "(5555 5555 5555 4444, 4000 0566 5566 5556) and IBANs are the well-known documentation examples "
      "(CH93 0076…, PT50 0002…); the Mexican CLABE is invented with a valid check digit.\n")
    w("Generated by `build.py` (seed %d, stdlib only). `check.py` re-verifies the set.\n" % SEED)
    w("## Files\n")
    w("| file | lines | content |")
    w("|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard` |" % len(labels))
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}` |" % len(labels))
    w("| `meta.jsonl` | %d | checkable claims per draft (`has` substrings, `sum`, `days`, `date`, `card`, `iban`, `clabe`, `password`); not an engine input |" % len(labels))
    w("| `build.py`, `check.py` | | generator and verifier |\n")
    w("Ids are `SL01`..`SL80`, assigned after a seeded shuffle; labels are in draft order.\n")
    w("## Label conventions\n")
    w("- `allowed` is true exactly when `violations` is empty; violations are listed in the contract's table order "
      "(compare as a set).")
    w("- `note` starts with `[KEY, lang]`: KEY is `A` for allowed, otherwise one letter per violation in table order: "
      "L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission, T terms_change, H harassment, "
      "S sensitive_data (e.g. `RF`).")
    w("- Bank details: any full IBAN / account number / CLABE in the text is `sensitive_data`, including our own "
      "(\"pay to our new account\"). Telling the customer that bank details come only from the invoice or pay link "
      "is allowed.")
    w("- Allowed: restating agreed late interest/fees (clause cited), recording the customer's own promise, passing "
      "a plan request to a person, pausing reminders on a disputed line, masked card/account numbers, sympathy "
      "without admitting fault, a stated business consequence (credit hold / no new bookings), our own "
      "'collections team', address words (Court Street, rue du Tribunal), a lawyer named only as a contact.")
    w("- Mentioning refunds as an existing process for ticket buyers is not a refund promise to the addressee.\n")
    w("## Counts\n")
    w("Allowed: %d, violating: %d. Drafts with two violations: %d (%s).\n" % (
        nallowed, len(labels) - nallowed, len(doubles), ", ".join(doubles)))
    w("| violation | drafts |")
    w("|---|---|")
    for v in ORDER:
        w("| `%s` | %d |" % (v, vc[v]))
    w("")
    w("| lang | drafts | allowed | violating |")
    w("|---|---|---|---|")
    for lg in LANG_ORDER:
        w("| %s | %d | %d | %d |" % (lg, lc[lg], la[(lg, True)], la[(lg, False)]))
    w("")
    w("## Deliberately hard\n")
    for line in HARD:
        w("- " + line)
    w("")
    w("## Ambiguities and how they were labelled\n")
    for line in AMBIG:
        w("- " + line)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


HARD = [
    "False friends that are ordinary words: Dutch 'automatische incasso' (direct debit), Turkish 'canlı icra' "
    "(live performance; 'icra takibi' would be enforcement), German/Swiss 'Mahnung', Czech 'upomínka', Hungarian "
    "'fizetési emlékeztető', Italian 'sollecito', our own 'Collections team' / 'equipo de cobranza' / "
    "'equipa de cobranças' / Arabic 'فريق التحصيل لدينا', venue and street names (Old Court Street Theatre, "
    "Teatro della Corte, rue du Tribunal).",
    "Allowed drafts that restate agreed late interest or fees with a clause number (en, de-CH, fr-BE, pt-PT, nl), "
    "mention a solicitor only as a contact, mention ticket-buyer refunds as an existing process, warn about "
    "bank-detail fraud or passwords without disclosing anything, or state a business consequence (no new events "
    "on sale) - cf. the public g29 boundary.",
    "Masked numbers in allowed drafts (card ending 4444/1111/4242, account 'terminada em 9015 4'); full numbers in "
    "violating ones, including our OWN IBAN/CLABE ('pay to our new account') and a portal password.",
    "French 'Sauf erreur de notre part' (stock phrase) is not a fault admission.",
    "Violations without English keywords: Swiss 'Betreibung', Belgian 'huissier'/'injonction de payer', Mexican "
    "'Buró de Crédito', 'decreto ingiuntivo', 'deurwaarder', Czech 'registr dlužníků', Hungarian 'jóváírjuk', "
    "Turkish insults, Arabic legal/credit-note wording.",
    "Quick human edits without signature; several drafts with two violations.",
]
AMBIG = [
    "Threatening repeated calls (it, tr) is labelled harassment: the contract enforces actual contact frequency "
    "elsewhere, but threatening language in the text is still harassment.",
    "Refunding a deposit held as security (es-MX) is labelled refund_or_credit_promise.",
    "A waiver of interest plus a percentage discount is one discount_offer; waiver plus a new due date is "
    "discount_offer + terms_change.",
    "Restating interest/fees that the customer already agreed (clause cited) is allowed; newly imposed fees would "
    "not be a listed violation either, but none were written to avoid the question.",
    "A payment promise recorded 'by the end of the month' (pt-PT) is the customer's own promise, not a terms change.",
]

if __name__ == "__main__":
    main()
