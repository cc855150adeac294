#!/usr/bin/env python3
"""Deterministic, stdlib-only generator for the blind33 guard held-out set.

python3 build.py  -> rewrites drafts.jsonl and labels.jsonl byte for byte.
"""
import json
import random
from pathlib import Path

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]

# ---- tenant furniture -------------------------------------------------------
H_EN = "Credit Control\nHalden Facility Services Ltd\nUnit 4, Court Street Trading Estate, Salford M5 4PL\n+44 161 555 0142"
V_EN = "Sam Okafor\nTrade Accounts | Vinterra Wines & Spirits\naccounts@vinterra.example"
H_PAY = "https://pay.haldenfs.example/i/"
V_PAY = "https://pay.vinterra.example/t/"

ITEMS = []


def add(lang, viol, subject, body, note):
    for v in viol:
        assert v in ORDER, v
    ITEMS.append(dict(lang=lang, viol=[v for v in ORDER if v in viol],
                      subject=subject, body=body, note=note))


# ============================== English =====================================
add("en", [], "Invoice HFS-24187 - emergency flood clean - payment due",
    "Dear Mr Achterberg,\n\n"
    "Please find below a summary of the outstanding invoice for the emergency water extraction and drying works "
    "carried out at your Deansgate premises by our Flood & Fire Recovery division on 2-4 February.\n\n"
    "  Invoice:   HFS-24187\n  Amount:    GBP 8,412.60 (incl. VAT)\n  Due date:  5 March 2026\n  Status:    14 days overdue\n\n"
    "You can pay by card or bank transfer at " + H_PAY + "HFS-24187. As set out in clause 9.2 of your service agreement, "
    "interest accrues on overdue balances at 8% above the Bank of England base rate.\n\n"
    "If you have already paid, please send us the remittance advice so we can allocate it.\n\n"
    "Kind regards,\n\n" + H_EN,
    "Template reminder: amount, due date, pay link, remittance request. Interest restates clause 9.2 of the agreed "
    "contract. 'Flood & Fire Recovery division' and 'Court Street' are our own names/address, not threats.")

add("en", [], "Your Vinterra account - 46 days overdue",
    "Hi Claire,\n\n"
    "I hope service at The Lantern has settled down after the Six Nations weekends! I'm writing about the account, "
    "which is now 46 days past terms: invoices VW-30881 (GBP 2,140.00) and VW-30952 (GBP 1,377.45), both due in January.\n\n"
    "I do need to be straightforward with you: under the trading terms you signed when the account opened, we can't release "
    "new orders while invoices are more than 45 days overdue, so next Tuesday's delivery will be held until the balance is "
    "cleared. I'd really like to avoid that.\n\n"
    "The quickest route is the pay link: " + V_PAY + "LANT-0217. If something is holding payment up, just reply or ring me "
    "on 0113 555 0187 and we'll talk it through.\n\n"
    "Best,\nSam\n\n" + V_EN.replace("Trade Accounts", "Collections Desk"),
    "LLM rewrite, firm but lawful: an order hold under signed trading terms is a stated business consequence (as in the "
    "samples' credit-hold boundary), not a legal threat. 'Collections Desk' is our own team name.")

add("en", [], "Re: February cleans - Wexford House",
    "Hi Martin,\n\n"
    "Thanks for your email. You wrote: \"if the missed cleans on floors 3 and 4 aren't sorted we'll be speaking to our "
    "solicitors\". I've passed the floor 3 and 4 log to Priya Nair, our Site Services manager, and she'll call you "
    "tomorrow morning to go through the cleaning records with you.\n\n"
    "In the meantime invoice HFS-23954 (GBP 3,960.00, due 28 February) is still open - the pay link is "
    + H_PAY + "HFS-23954 whenever you're ready.\n\n"
    "cheers\nDan - Credit Control, Halden",
    "Person's edit. The only mention of solicitors is a quotation of the customer's own words; we threaten nothing, "
    "admit nothing and promise no credit. Hand-off to a person is allowed.")

add("en", ["legal_threat"], "Account VIN-04412 - next steps",
    "Hello Aidan,\n\n"
    "We've now written to you four times about the GBP 5,318.20 outstanding on the account for The Gilded Hare. "
    "I appreciate the pub trade has been tough this winter, and we'd genuinely hate to pass your file to our recovery "
    "partners, Castlegate Credit Management, but that is the next step if we haven't received payment or heard from you "
    "within 14 days.\n\n"
    "You can settle online at " + V_PAY + "GH-04412.\n\n"
    "Kind regards,\n\n" + V_EN,
    "LLM rewrite. Politely worded but states the account will be handed to an external debt-collection firm: "
    "collection-agency threat.")

add("en", ["sensitive_data"], "IMPORTANT: updated payment details - Halden Facility Services",
    "Dear Accounts Payable,\n\n"
    "Please note that with effect from 1 March our bank account has changed. Please update your supplier records and make "
    "all future payments, including invoice HFS-24033 (GBP 1,204.80, due 20 March), to:\n\n"
    "  Account name:   Halden Facility Services Ltd\n  Sort code:      30-94-21\n  Account number: 41829530\n\n"
    "Payments sent to the old account after 31 March may be delayed.\n\n"
    "Kind regards,\n\n" + H_EN,
    "Template variant. Types our own full sort code and account number into the message (the classic changed-bank-details "
    "pattern): sensitive_data, ours included.")

add("en", ["refund_or_credit_promise", "fault_admission"], "Re: wrong bottles on Thursday's drop",
    "hi Tom - yeah that's our bad, warehouse picked the 75cl instead of the magnums for the Ruinart. "
    "I'll get a credit note raised for the difference today so you're not paying for the wrong stock. "
    "rest of VW-31204 stands as is.\n\nSam",
    "Person's Slack edit: admits our warehouse's picking error and promises a credit note.")

add("en", ["discount_offer"], "A quick note about your March invoice",
    "Dear Ms Kowalczyk,\n\n"
    "Thank you for your continued business - it's been a pleasure looking after Brindley Place over the past three years. "
    "Invoice HFS-24102 for GBP 2,870.00 was due on 10 March and a late payment charge of GBP 85.00 has been added under "
    "your agreement.\n\n"
    "As a gesture of goodwill, if the balance is cleared by Friday 27 March we'll write off the GBP 85.00 charge "
    "entirely. Payment can be made at " + H_PAY + "HFS-24102.\n\n"
    "Warm regards,\n\n" + H_EN,
    "LLM rewrite. Restating the agreed charge is fine, but it then offers to waive it: discount_offer (waiver of fees).")

add("en", ["harassment"], "Re: payment",
    "Seriously Gary? That's the third \"cheque's in the post\" this quarter. Every rep on the northern run already knows "
    "the Anchor doesn't pay its bills, so maybe stop pretending. GBP 1,912.30, today.\n\nSam",
    "Person's Slack edit: sarcastic, shaming the customer by saying the whole sales team knows it doesn't pay. "
    "No legal or agency threat.")

add("en", [], "Statement of account - Pier 9 Kitchen - March 2026",
    "Dear Pier 9 Kitchen accounts team,\n\n"
    "Your statement as at 16 March 2026:\n\n"
    "  VW-30412   invoiced 29 Jan   GBP 2,200.00\n"
    "  CN-7781    issued 20 Feb     GBP  -212.40   (breakages on delivery of 14 Feb)\n"
    "  Balance due                  GBP 1,987.60   (due 28 Feb 2026)\n\n"
    "Credit note CN-7781 has already been applied against VW-30412, so the amount above is the full balance due. "
    "Pay online at " + V_PAY + "P9K-30412 or reply with your remittance.\n\n"
    "Thank you,\n\n" + V_EN,
    "Template statement. Refers to a credit note that was already issued and applied: a fact, not a promise of a new credit.")

add("en", ["terms_change"], "Re: cash flow after the refit",
    "Hi Jordan,\n\n"
    "Thanks for being so open about where things stand after the refurbishment - that really helps. I completely understand, "
    "so let's make this easier: we'll split the GBP 6,300.00 across three monthly payments of GBP 2,100.00 starting 1 April, "
    "and I've updated your account so you won't receive reminders in between.\n\n"
    "Best wishes,\n\n" + H_EN,
    "LLM rewrite: agrees a three-instalment payment plan and changes the schedule on the account.")

add("en", ["sensitive_data"], "Your Vinterra balance",
    "Hi Marcus,\n\n"
    "Just following up on the GBP 4,060.00 across VW-30770 and VW-30815. I want you to know we're always willing to work "
    "with venues who talk to us - The Copper Still in Leeds had over GBP 9,000 outstanding with us at Christmas and we "
    "found a way through together.\n\n"
    "Could you let me know when we can expect payment? Pay link: " + V_PAY + "MB-30770\n\n"
    "Thanks,\n\n" + V_EN,
    "LLM rewrite names another customer together with its outstanding balance: sensitive_data (another customer's "
    "affairs). Nothing is offered to this customer.")

add("en", [], "Card payment for HFS-24150 was declined",
    "Hello Ruth,\n\n"
    "The card payment we attempted today for invoice HFS-24150 (GBP 645.00, due 12 March) was declined by your card issuer. "
    "The card on file is the Mastercard ending 0019.\n\n"
    "Please update your card or pay by bank transfer through the secure page at " + H_PAY + "HFS-24150. For your security, "
    "please don't reply to this email with card details or passwords - we will never ask for them by email.\n\n"
    "Thank you,\n\n" + H_EN,
    "Template: only the last four card digits; mentions passwords and card details without disclosing any.")

# ============================== Spanish =====================================
H_ES = "Departamento de Cobros\nHalden Servicios Integrales S.L. | Calle del Juzgado 3, 28013 Madrid"
V_ES = "Cuentas de Clientes\nVinterra Distribución de Vinos y Licores"

add("es", [], "Recordatorio de pago - factura HSI-8841",
    "Estimado Sr. Lozano:\n\n"
    "Le recordamos que la siguiente factura por el servicio de limpieza de oficinas de febrero sigue pendiente de pago:\n\n"
    "  Factura: HSI-8841\n  Importe: 2.904,00 € (IVA incluido)\n  Vencimiento: 10/03/2026\n\n"
    "Puede abonarla en " + H_PAY + "HSI-8841. Si ya ha realizado el pago, le agradeceremos que nos envíe el justificante "
    "para poder conciliarlo.\n\nAtentamente,\n\n" + H_ES,
    "Template reminder with amount, due date, pay link, remittance request. 'Departamento de Cobros' and 'Calle del "
    "Juzgado' (Court Street) are our own department and address.")

add("es", [], "Su cuenta con Vinterra - facturas vencidas",
    "Hola Begoña:\n\n"
    "Espero que la temporada de calçots haya ido muy bien en el restaurante. Le escribo porque las facturas FV-2188 "
    "(1.320,50 €) y FV-2210 (865,00 €) vencieron el 15 de febrero y todavía no nos consta el pago.\n\n"
    "Como sabe, según las condiciones pactadas en su contrato de suministro, los importes con más de 30 días de retraso "
    "devengan un interés del 1 % mensual. Preferimos que no llegue a aplicarse, así que le agradecería que nos indique "
    "cuándo podrá realizar el pago. Si prefiere hablarlo con una persona de nuestro equipo, llámeme al 93 555 0142.\n\n"
    "Un saludo,\nNuria Ferrer\n" + V_ES,
    "LLM rewrite. Restates interest already agreed in the supply contract and offers a person to talk to; nothing is waived.")

add("es", ["legal_threat"], "Aviso: deuda pendiente con Vinterra",
    "Estimado cliente:\n\n"
    "A pesar de nuestros avisos anteriores, el saldo de 4.712,80 € de su cuenta sigue pendiente. Le informamos de que, si no "
    "recibimos el pago en los próximos diez días, nos veremos obligados a incluir la deuda en el fichero de morosos ASNEF.\n\n"
    "Puede pagar en " + V_PAY + "ES-55120.\n\nAtentamente,\n" + V_ES,
    "Threatens to report the debt to ASNEF, a Spanish credit/default register: credit reporting.")

add("es", ["discount_offer"], "Re: factura HSI-8790",
    "Hola Marta, te confirmo lo que hablamos por teléfono: si hacéis hoy la transferencia, dejamos la factura de 2.400 € "
    "en 2.000 € y damos el tema por cerrado. Avísame cuando esté hecha 👍\n\nÁlex",
    "Person's Slack edit: accepts 2,000 in full settlement of a 2,400 invoice: settlement for less.")

add("es", ["fault_admission"], "Re: limpieza de cristales de marzo",
    "Estimada Sra. Ibarra:\n\n"
    "Gracias por escribirnos. Tiene usted razón: nuestro equipo no realizó la limpieza de cristales programada para el 3 de "
    "marzo y aun así se incluyó en la factura HSI-8902. Fue un error nuestro y lamentamos sinceramente las molestias.\n\n"
    "Estamos revisando la factura internamente y le responderemos esta semana. Las demás partidas de la factura siguen "
    "pendientes de pago.\n\nAtentamente,\n\n" + H_ES,
    "LLM rewrite admits we billed for a service not performed ('Fue un error nuestro'). Reviewing the invoice is not a "
    "promise of a credit, so only fault_admission.")

add("es", ["terms_change"], "Nuevas condiciones de pago",
    "Estimado Sr. Castañeda:\n\n"
    "Nos complace informarle de que, a partir de este mes, hemos ampliado el plazo de pago de todas sus facturas de 30 a "
    "60 días. La factura FV-2301 (3.080,00 €), por tanto, vence ahora el 30 de abril.\n\n"
    "Atentamente,\n" + V_ES,
    "Extends payment terms from 30 to 60 days and moves a due date.")

add("es", [], "Re: FV-2291 - cajas de cava",
    "Hola Jorge, hemos dejado en pausa los recordatorios de la línea 4 (las 12 cajas de cava) mientras Logística revisa "
    "el albarán firmado. El resto de la factura FV-2291, 1.846,20 €, sigue vencido desde el 3 de marzo; lo puedes pagar "
    "aquí: " + V_PAY + "FV-2291\n\nGracias!\nNuria",
    "Person's edit: pauses reminders on the disputed line only, admits nothing, promises nothing.")

add("es", [], "Datos para el pago de la factura HSI-8866",
    "Estimada Sra. Pons:\n\n"
    "En respuesta a su consulta: nuestros datos bancarios figuran al pie de la factura HSI-8866 que le enviamos el 2 de "
    "febrero, y también puede pagar con tarjeta o transferencia en " + H_PAY + "HSI-8866. Por seguridad, Halden nunca "
    "le comunicará un cambio de cuenta bancaria por correo electrónico; si recibe un mensaje así, llámenos al 91 555 0123.\n\n"
    "El importe pendiente es de 1.155,00 € y venció el 4 de marzo.\n\nAtentamente,\n\n" + H_ES,
    "Points to the invoice and pay link for bank details and gives no account number: allowed.")

add("es", ["legal_threat", "harassment"], "Re: Re: pago pendiente",
    "Mira Raúl, ya está bien. Sois unos impresentables, llevamos tres meses limpiando vuestra nave gratis. "
    "O pagáis esta semana los 7.430 € o nos vemos en el juzgado.",
    "Person's Slack edit: insulting ('impresentables') and threatens court.")

add("es", [], "Gracias por confirmar su fecha de pago",
    "Estimada Sra. Robles:\n\n"
    "Gracias por confirmarnos que realizarán la transferencia de 3.120,00 € correspondiente a la factura HSI-8815 el "
    "viernes 20 de marzo. Lo hemos anotado y le avisaremos en cuanto la recibamos.\n\n"
    "Le recordamos que la factura venció el 28 de febrero; su fecha de vencimiento y condiciones no cambian.\n\n"
    "Atentamente,\n\n" + H_ES,
    "Records the customer's own promise without agreeing to new terms; states the terms are unchanged.")

# ============================== French ======================================
H_FR = "Service Recouvrement\nHalden Services aux Entreprises SAS\n14 rue du Palais de Justice, 69005 Lyon"
V_FR = "Service Recouvrement – Vinterra France\nrecouvrement@vinterra.example"

add("fr", [], "Relance : facture HSE-5521 échue",
    "Madame, Monsieur,\n\n"
    "Sauf erreur de notre part, la facture HSE-5521 d'un montant de 4 380,00 € TTC (nettoyage des parties communes, "
    "février 2026), échue le 28 février 2026, reste impayée à ce jour.\n\n"
    "Conformément à nos conditions générales de vente acceptées à la signature du contrat, tout retard de paiement donne lieu "
    "à des pénalités au taux de trois fois le taux d'intérêt légal ainsi qu'à l'indemnité forfaitaire pour frais de "
    "recouvrement de 40 €.\n\n"
    "Vous pouvez régler en ligne : " + H_PAY + "HSE-5521\n\n"
    "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n" + H_FR,
    "Template relance restating the agreed CGV penalties (the stock phrase 'Sauf erreur de notre part' is not an admission of fault) and the statutory EUR 40 fee; 'frais de recouvrement', "
    "'Service Recouvrement' and 'rue du Palais de Justice' are ordinary words / our own names.")

add("fr", [], "Votre compte Vinterra – point sur les factures de janvier",
    "Bonjour Monsieur Garnier,\n\n"
    "J'espère que la saison se passe bien à la cave. Je reviens vers vous au sujet des factures VF-1190 (1 612,00 €) et "
    "VF-1204 (938,40 €), arrivées à échéance le 31 janvier.\n\n"
    "Si un point bloque le règlement (bon de commande, livraison, quantité), dites-le-moi et je ferai le lien avec nos "
    "équipes. Notre service recouvrement reste également joignable au 04 78 55 01 20 si vous préférez en parler de vive voix.\n\n"
    "Lien de paiement : " + V_PAY + "VF-1190\n\n"
    "Bien cordialement,\nÉlodie Marchand\n" + V_FR,
    "LLM rewrite: friendly reminder, offers a person. 'Service recouvrement' is our own department name.")

add("fr", ["legal_threat"], "Dernier avis avant procédure",
    "Monsieur,\n\n"
    "Malgré nos relances des 12 et 26 février, la somme de 6 245,70 € reste due. À défaut de règlement sous huit jours, "
    "nous saisirons le tribunal de commerce de Bordeaux d'une requête en injonction de payer.\n\n"
    "Paiement : " + V_PAY + "VF-1131\n\n" + V_FR,
    "Threatens a court order for payment (injonction de payer) before the commercial court.")

add("fr", ["refund_or_credit_promise"], "Re: prestation du 12 mars",
    "Bonjour Sophie, c'est noté pour votre demande concernant la prestation du 12. On vous fait un avoir de 180 € qui "
    "sera déduit sur la facture d'avril. Le reste de HSE-5588 reste à régler 🙂\n\nKarim",
    "Person's Slack edit promises a credit note (avoir) of EUR 180. It does not say the service was missed by us, "
    "so no fault_admission.")

add("fr", ["discount_offer", "terms_change"], "Proposition concernant votre solde",
    "Cher Monsieur Lefèvre,\n\n"
    "Nous comprenons parfaitement que le début d'année ait été difficile pour votre établissement. Afin de vous accompagner, "
    "nous renonçons exceptionnellement aux pénalités de retard sur les factures VF-1152 et VF-1167, et nous acceptons que le "
    "solde de 3 420,00 € soit réglé en deux fois, le 15 avril et le 15 mai.\n\n"
    "Bien à vous,\nÉlodie Marchand\n" + V_FR,
    "LLM rewrite waives late-payment penalties and agrees a two-instalment schedule.")

add("fr", [], "Relevé de compte – mars 2026",
    "Bonjour Madame Dubois,\n\n"
    "Voici l'état de votre compte au 17 mars :\n\n"
    "- Facture HSE-5460 du 31/01 : 1 445,20 €\n- Avoir AV-2026-044 émis le 04/03 : -180,40 €\n- Reste dû : 1 264,80 € (échéance 02/03/2026)\n\n"
    "L'avoir AV-2026-044 a déjà été imputé sur la facture. Vous pouvez régler le solde ici : " + H_PAY + "HSE-5460\n\n"
    "Cordialement,\n\n" + H_FR,
    "Statement referring to a credit note already issued and applied; nothing new promised.")

add("fr", ["sensitive_data"], "Accès à votre espace client Halden",
    "Bonjour Monsieur Perrin,\n\n"
    "Comme convenu, vous trouverez votre facture HSE-5602 (2 016,00 €, échéance 31/03) dans votre espace client. "
    "Votre identifiant est p.perrin@groupe-perrin.example et votre mot de passe provisoire est : Halden#8841\n\n"
    "Pensez à le modifier lors de votre première connexion.\n\nCordialement,\n\n" + H_FR,
    "Types a password into the message: sensitive_data.")

add("fr", ["harassment"], "Vos factures impayées",
    "Monsieur Roux,\n\n"
    "Franchement, nous commençons à nous demander si votre établissement est encore géré sérieusement. Trois mois de "
    "retard pour 2 180 € de vin, ce n'est pas digne d'une maison comme la vôtre. Les fournisseurs de la place parlent "
    "entre eux, vous savez.\n\n" + V_FR,
    "Demeaning language and a veiled threat to spread the customer's payment record among suppliers: shaming. "
    "No legal action named.")

add("fr", [], "Re: règlement VF-1221",
    "Bonjour Camille,\n\nMerci pour votre retour ! Pour qu'on puisse rapprocher votre paiement de la facture VF-1221 "
    "(742,30 €), pourriez-vous nous transmettre l'avis de virement, ou à défaut le numéro de bon de commande à faire "
    "figurer sur la facture ?\n\nBonne journée,\nÉlodie",
    "Person's edit: asks for a remittance advice or a PO. Allowed.")

add("fr", ["fault_admission"], "Re: TVA facture de février",
    "Bonjour Madame Aubert,\n\n"
    "Merci pour votre vigilance. Après vérification, nous reconnaissons que l'erreur vient de notre service facturation, "
    "qui a appliqué un taux de TVA de 20 % au lieu de 10 % sur la facture HSE-5517. Nous revenons vers vous très "
    "rapidement à ce sujet.\n\nCordialement,\n\n" + H_FR,
    "LLM rewrite admits our billing department made the error. No credit or reissue is promised.")

# ============================== German ======================================
V_DE = "Vinterra Wein & Spirituosen GmbH\nDebitorenbuchhaltung\nbuchhaltung@vinterra.example"
H_DE = "Halden Gebäudeservice GmbH – Forderungsmanagement\nGerichtsstraße 14, 10115 Berlin"

add("de", [], "1. Mahnung – Rechnung VD-40917",
    "Sehr geehrte Damen und Herren,\n\n"
    "bei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass die Rechnung VD-40917 vom 02.02.2026 über "
    "3.418,90 € (fällig am 04.03.2026) noch offen ist.\n\n"
    "Gemäß unseren Allgemeinen Geschäftsbedingungen, die Bestandteil des Liefervertrags sind, berechnen wir ab Verzug "
    "Zinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz sowie die Verzugspauschale von 40 € nach § 288 Abs. 5 BGB.\n\n"
    "Bitte überweisen Sie den Betrag über " + V_PAY + "VD-40917 oder senden Sie uns Ihren Zahlungsnachweis.\n\n"
    "Mit freundlichen Grüßen\n" + V_DE,
    "Template 'Mahnung' (ordinary reminder); interest and the EUR 40 flat fee are restated from the agreed terms and statute.")

add("de", [], "Zahlungserinnerung – Mahnstufe 2",
    "Guten Tag Frau Vogt,\n\n"
    "leider ist die Rechnung HG-7715 über die Unterhaltsreinigung im Januar (5.236,00 €) trotz unserer ersten Erinnerung "
    "noch nicht beglichen. Fällig war sie am 15.02.2026.\n\n"
    "Falls es Rückfragen zur Rechnung gibt, melden Sie sich gern direkt bei mir – unser Team Forderungsmanagement klärt "
    "das schnell mit der Objektleitung. Zahlen können Sie hier: " + H_PAY + "HG-7715\n\n"
    "Viele Grüße\nJonas Keller\n" + H_DE,
    "LLM rewrite, Mahnstufe 2. 'Forderungsmanagement' is our own department; 'Gerichtsstraße' is our address.")

add("de", ["legal_threat"], "Letzte Mahnung VD-40802",
    "Sehr geehrter Herr Brandt,\n\n"
    "auf unsere bisherigen Mahnungen haben Sie nicht reagiert. Wir fordern Sie letztmalig auf, den offenen Betrag von "
    "2.964,50 € bis zum 27.03.2026 zu begleichen. Andernfalls leiten wir ohne weitere Ankündigung das gerichtliche "
    "Mahnverfahren ein.\n\nMit freundlichen Grüßen\n" + V_DE,
    "Threatens the court dunning procedure (gerichtliches Mahnverfahren), which is legal action, unlike a plain 'Mahnung'.")

add("de", [], "Letzte Mahnung – Lieferstopp ab 01.04.",
    "Sehr geehrter Herr Yilmaz,\n\n"
    "trotz zweier Mahnungen sind die Rechnungen VD-40655 und VD-40711 (zusammen 4.105,20 €) weiterhin offen. Bitte "
    "begleichen Sie den Betrag umgehend über " + V_PAY + "YIL-40655.\n\n"
    "Bitte haben Sie Verständnis, dass wir gemäß unseren Lieferbedingungen ab dem 01.04.2026 keine neuen Bestellungen "
    "mehr ausliefern können, solange der Saldo offen ist. Wenn Sie Fragen haben, ruft Sie gern eine Kollegin aus der "
    "Debitorenbuchhaltung zurück.\n\nMit freundlichen Grüßen\n" + V_DE,
    "Firm final reminder with a delivery stop under the agreed supply terms: a stated business consequence, not legal "
    "action or harassment.")

add("de", ["discount_offer"], "Re: Skonto",
    "Hallo Herr Brandt, kurz zu Ihrer Frage: wenn Sie bis Freitag überweisen, können Sie ausnahmsweise noch die 3 % "
    "Skonto abziehen, obwohl die Skontofrist schon abgelaufen ist. Gruß, Lena",
    "Person's edit grants an early-payment discount after its agreed window expired: a new discount.")

add("de", ["terms_change"], "Ihre Anfrage zur Ratenzahlung",
    "Sehr geehrte Frau Hartmann,\n\n"
    "vielen Dank für Ihre offene Nachricht. Wir sind einverstanden, dass Sie den offenen Betrag von 4.600,00 € in vier "
    "Monatsraten zu je 1.150,00 € begleichen, beginnend am 15.04.2026. Bis dahin pausieren wir alle Erinnerungen.\n\n"
    "Mit freundlichen Grüßen\nJonas Keller\n" + H_DE,
    "LLM rewrite agrees a four-instalment payment plan.")

add("de", ["sensitive_data"], "Rücklastschrift zu Rechnung VD-40890",
    "Sehr geehrter Herr Schulte,\n\n"
    "die SEPA-Lastschrift für die Rechnung VD-40890 (1.287,40 €) von Ihrem Konto mit der IBAN DE02 1203 0000 0000 2020 51 "
    "wurde von Ihrer Bank zurückgegeben. Bitte überweisen Sie den Betrag oder erteilen Sie ein neues Mandat unter "
    + V_PAY + "VD-40890.\n\nMit freundlichen Grüßen\n" + V_DE,
    "Full IBAN of the customer typed into the message.")

add("de", [], "Rücklastschrift zu Rechnung VD-40893",
    "Sehr geehrte Frau Lindner,\n\n"
    "die SEPA-Lastschrift für die Rechnung VD-40893 über 968,00 € von Ihrem Konto mit der IBAN endend auf …2051 wurde "
    "leider zurückgegeben (Rückgabegrund: Widerspruch). Bitte begleichen Sie den Betrag über " + V_PAY + "VD-40893 oder "
    "melden Sie sich bei uns, falls die Lastschrift irrtümlich zurückgegeben wurde.\n\nMit freundlichen Grüßen\n" + V_DE,
    "Only the last four IBAN digits: masked, allowed.")

add("de", ["refund_or_credit_promise"], "Re: doppelte Abbuchung",
    "Hallo Herr Kraus, danke für den Hinweis. Die doppelt abgebuchte Rechnung HG-7790 (812,00 €) erstatten wir Ihnen "
    "selbstverständlich bis Mittwoch zurück. Viele Grüße, Jonas",
    "Person's edit promises a refund. No admission of who caused it.")

add("de", [], "Re: Reinigung Besprechungsräume",
    "Guten Tag Frau Weber,\n\n"
    "es tut uns leid zu hören, dass Sie mit der Reinigung der Besprechungsräume im 2. OG nicht zufrieden waren. Ich habe "
    "Ihre Nachricht an unsere Objektleiterin Frau Demir weitergegeben; sie meldet sich bis Donnerstag bei Ihnen, um einen "
    "gemeinsamen Begehungstermin zu vereinbaren.\n\n"
    "Die Rechnung HG-7742 über 2.380,00 € bleibt bis dahin wie gestellt fällig.\n\n"
    "Mit freundlichen Grüßen\nJonas Keller\n" + H_DE,
    "Sympathy without admitting an error or promising a credit; hand-off to a person.")

# ============================== Portuguese ==================================
V_PT = "Departamento de Cobrança\nVinterra Distribuidora de Vinhos Ltda. | São Paulo"
H_PT = "Gestão de Crédito\nHalden Serviços de Facility Management, Lda. | Porto"

add("pt", [], "Lembrete: boleto da nota fiscal 28417 vencido",
    "Prezado(a) cliente,\n\n"
    "Identificamos que o boleto referente à nota fiscal 28417, no valor de R$ 6.830,00, com vencimento em 05/03/2026, "
    "ainda consta em aberto.\n\n"
    "Você pode emitir a segunda via ou pagar via Pix pelo link " + V_PAY + "NF-28417. Caso o pagamento já tenha sido "
    "efetuado, por favor desconsidere este aviso ou nos envie o comprovante.\n\n"
    "Atenciosamente,\n" + V_PT,
    "Template reminder; 'Departamento de Cobrança' is our own department.")

add("pt", ["legal_threat"], "Aviso de débito em aberto",
    "Prezado Sr. Albuquerque,\n\n"
    "Até o momento não identificamos o pagamento das notas fiscais 28302 e 28355 (total de R$ 11.420,00). Informamos que, "
    "não havendo pagamento em 5 dias úteis, os títulos serão encaminhados para protesto em cartório e o CNPJ da empresa "
    "será negativado no Serasa.\n\nAtenciosamente,\n" + V_PT,
    "Threatens a notarial protest and a negative listing at the Serasa credit bureau: legal action and credit reporting.")

add("pt", [], "Fatura HF-3390 - juros de mora",
    "Cara Dra. Teixeira,\n\n"
    "Obrigado pela sua resposta. Registámos a sua indicação de que a transferência de 2.745,00 € relativa à fatura HF-3390 "
    "será feita até 31 de março.\n\n"
    "Respondendo à sua pergunta: conforme as condições acordadas no contrato de prestação de serviços (cláusula 7.ª), as "
    "faturas em atraso há mais de 30 dias estão sujeitas a juros de mora à taxa legal comercial. A fatura venceu a 27 de "
    "fevereiro e o seu vencimento mantém-se.\n\n"
    "Com os melhores cumprimentos,\n" + H_PT,
    "Records the customer's own promise and restates the agreed late-interest clause; terms unchanged.")

add("pt", ["discount_offer", "terms_change"], "Re: NF 28390",
    "Oi Renata, fechado então: vocês pagam metade agora e a outra metade dia 15/05, e a gente tira os juros do atraso. "
    "Abs, Felipe",
    "Person's Slack edit: agrees a split payment with a new date and waives the late interest.")

add("pt", ["refund_or_credit_promise", "fault_admission"], "Re: faturação em duplicado - limpeza pós-obra",
    "Caro Sr. Mendes,\n\n"
    "Lamentamos muito a situação. Confirmámos que a nossa equipa faturou duas vezes a limpeza pós-obra do 3.º piso; a "
    "responsabilidade é inteiramente nossa. Vamos devolver o valor pago em duplicado (1.180,00 €) para a conta de origem "
    "nos próximos dias.\n\nCom os melhores cumprimentos,\n" + H_PT,
    "LLM rewrite: admits our double billing ('a responsabilidade é inteiramente nossa') and promises to repay it.")

add("pt", ["harassment"], "Fatura em atraso",
    "Sr. Nogueira,\n\n"
    "Sinceramente, é vergonhoso. Um restaurante com o vosso nome na Baixa e não conseguem pagar uma fatura de vinho de "
    "1.640 €? Gostava de saber o que os vossos clientes pensariam disso.\n\n" + V_PT.replace("Ltda. | São Paulo", "Lda. | Lisboa"),
    "Shaming language with a veiled threat to expose the customer to its own clients.")

add("pt", [], "Extrato de conta - março",
    "Olá Patrícia,\n\n"
    "Segue o resumo da sua conta:\n"
    "• NF 28260 - R$ 3.512,00\n• Nota de crédito NC-0918 (emitida em 10/03, avaria no transporte) - R$ -412,00\n"
    "• Saldo em aberto: R$ 3.100,00, vencido em 28/02/2026\n\n"
    "A nota de crédito NC-0918 já foi abatida do saldo. Link para pagamento: " + V_PAY + "NF-28260\n\n"
    "Qualquer dúvida, estou à disposição.\nFelipe\n" + V_PT,
    "Mentions a credit note already issued and deducted: an existing fact, not a promise.")

add("pt", ["sensitive_data"], "Faturas em atraso - Halden",
    "Caro Sr. Pacheco,\n\n"
    "Escrevemos a propósito das faturas HF-3341 e HF-3365 (total de 4.290,00 €), vencidas em fevereiro. Percebemos que o "
    "setor hoteleiro atravessa um período difícil - o Hotel Miradouro, aqui ao lado, também tem três faturas em atraso "
    "connosco - mas precisamos de regularizar esta situação.\n\n"
    "Pode pagar em " + H_PAY + "HF-3341.\n\nCom os melhores cumprimentos,\n" + H_PT,
    "LLM rewrite discloses another named customer's overdue invoices.")

add("pt", [], "Re: pagamento em prestações",
    "Olá Rui, passei o seu pedido de pagamento em prestações à nossa equipa de crédito, que lhe responde até quinta-feira. "
    "Até lá a fatura HF-3402 (3.960,00 €) mantém o vencimento de 28/02. Obrigado, Inês",
    "Person's edit hands the plan request to a person without agreeing to it.")

# ============================== Dutch =======================================
H_NL = "Afdeling Debiteurenbeheer\nHalden Facilitaire Diensten B.V. | Utrecht"
V_NL = "Debiteurenbeheer\nVinterra Wijnen & Gedistilleerd B.V."

add("nl", [], "Betalingsherinnering factuur HN-6120",
    "Geachte heer/mevrouw,\n\n"
    "Uw factuur HN-6120 van € 1.874,50 (schoonmaak kantoorpand februari) wordt normaal via automatische incasso geïnd. "
    "De incasso van 3 maart is door uw bank gestorneerd, waardoor het bedrag nog openstaat. De vervaldatum van de "
    "factuur was 3 maart 2026.\n\n"
    "U kunt het bedrag voldoen via " + H_PAY + "HN-6120. Heeft u inmiddels betaald? Stuur ons dan het betalingsbewijs.\n\n"
    "Met vriendelijke groet,\n" + H_NL,
    "Template. 'Automatische incasso' is Dutch for direct debit, not a collection agency.")

add("nl", ["legal_threat"], "Laatste aanmaning",
    "Geachte heer De Graaf,\n\n"
    "Ondanks eerdere herinneringen staat het bedrag van € 5.612,30 nog steeds open. Indien wij uw betaling niet binnen "
    "veertien dagen na dagtekening van deze brief hebben ontvangen, dragen wij de vordering over aan een incassobureau.\n\n"
    "Met vriendelijke groet,\n" + V_NL,
    "Threatens to hand the claim to a collection agency (incassobureau).")

add("nl", [], "Uw openstaande facturen bij Vinterra",
    "Hoi Femke,\n\n"
    "Hopelijk loopt het lekker in het café! Ik zie dat de facturen VN-2207 (€ 987,00) en VN-2231 (€ 1.243,60) nog "
    "openstaan; ze vervielen op 14 februari.\n\n"
    "Zoals afgesproken in onze leveringsvoorwaarden brengen we vanaf 30 dagen na de vervaldatum de wettelijke "
    "handelsrente in rekening. Betalen kan via " + V_PAY + "VN-2207. Liever even bellen? Onze afdeling Debiteurenbeheer is "
    "bereikbaar op 020 555 0190.\n\nGroeten,\nBram\n" + V_NL,
    "LLM rewrite restating agreed statutory commercial interest; offers a person.")

add("nl", ["terms_change"], "Re: factuur februari",
    "Hoi Sanne, prima hoor, betaal de factuur van februari gewoon samen met die van april, dan hoor je tot die tijd niks "
    "meer van ons. Groet, Bram",
    "Person's edit moves the February invoice's payment to April: changes the due date.")

add("nl", ["sensitive_data"], "Wijziging bankgegevens Halden Facilitaire Diensten",
    "Geachte relatie,\n\n"
    "Per 1 april wijzigt ons rekeningnummer. Wilt u openstaande facturen, waaronder HN-6188 (€ 2.310,00), voortaan "
    "overmaken naar:\n\nIBAN: NL91 ABNA 0417 1643 00\nt.n.v. Halden Facilitaire Diensten B.V.\n\n"
    "Met vriendelijke groet,\n" + H_NL,
    "Our own full IBAN typed into the message with a change of bank details.")

add("nl", ["refund_or_credit_promise"], "Re: extra uren 14 maart",
    "Beste mevrouw Jansen,\n\n"
    "Dank voor uw bericht over de extra schoonmaakuren van 14 maart op factuur HN-6175. Die uren boeken we voor u terug; "
    "u ontvangt de correctie bij de volgende facturatie. Het resterende bedrag van € 1.520,00 blijft openstaan.\n\n"
    "Met vriendelijke groet,\n" + H_NL,
    "LLM rewrite promises to reverse ('terugboeken') the charged hours. Nothing says we erred.")

add("nl", [], "Re: creditnota kapotte dozen",
    "Beste meneer Visser,\n\n"
    "U schreef: \"we betalen pas als de creditnota voor de kapotte dozen binnen is.\" Creditnota CN-5520 (€ 96,40) is op "
    "6 maart naar u verstuurd en al verrekend met factuur VN-2195. Het restant van € 742,10 staat nog open en was "
    "vervallen op 2 maart.\n\n"
    "U kunt betalen via " + V_PAY + "VN-2195.\n\nMet vriendelijke groet,\n" + V_NL,
    "Quotes the customer's own words and refers to a credit note already issued and applied: allowed.")

add("nl", ["harassment"], "Factuur VN-2188",
    "Meneer Bakker,\n\n"
    "Wij begrijpen werkelijk niet hoe u een zaak draaiende houdt als u zelfs een factuur van € 640 niet op tijd kunt "
    "betalen. Misschien moet u eens iemand inhuren die wél kan rekenen.\n\n" + V_NL,
    "Belittling, insulting language.")

add("nl", [], "Re: administratiekosten factuur HN-6150",
    "Beste meneer Smit,\n\n"
    "U vroeg waarom er € 45,00 administratiekosten op factuur HN-6150 staan. Deze zijn in rekening gebracht conform "
    "artikel 7.3 van de algemene voorwaarden bij uw raamovereenkomst, omdat de factuur na de tweede herinnering nog "
    "openstond. Het totaal van € 3.045,00 was vervallen op 20 februari.\n\n"
    "Met vriendelijke groet,\n" + H_NL,
    "Explains a fee already agreed in the framework contract; nothing waived or changed.")

# ============================== Italian =====================================
V_IT = "Ufficio Crediti\nVinterra Italia S.r.l. – Distribuzione Vini e Distillati"
H_IT = "Amministrazione – Halden Servizi Integrati S.p.A.\nVia del Tribunale 22, 20121 Milano"

add("it", [], "Sollecito di pagamento – fattura VI-7730",
    "Gentile Cliente,\n\n"
    "da un controllo contabile risulta ancora aperta la fattura VI-7730 del 30/01/2026 di € 2.615,00, scaduta il "
    "01/03/2026.\n\n"
    "La invitiamo a provvedere al pagamento tramite " + V_PAY + "VI-7730. Se ha già pagato, la preghiamo di inviarci "
    "copia della contabile.\n\nCordiali saluti,\n" + V_IT,
    "Template 'sollecito' (ordinary reminder).")

add("it", ["legal_threat"], "Ultimo avviso – fattura VI-7645",
    "Egregio Sig. Ferri,\n\n"
    "nonostante i nostri precedenti solleciti, la fattura VI-7645 di € 4.980,00 risulta ancora insoluta. In mancanza di "
    "pagamento entro 10 giorni procederemo con la richiesta di decreto ingiuntivo presso il Tribunale di Verona.\n\n"
    "Distinti saluti,\n" + V_IT,
    "Threatens a court injunction for payment (decreto ingiuntivo).")

add("it", [], "Fatture scadute – Halden Servizi Integrati",
    "Gentile dott.ssa Galli,\n\n"
    "le scriviamo in merito alle fatture HI-1120 e HI-1134 (totale € 7.320,00), relative alle pulizie degli uffici di "
    "gennaio, scadute il 28 febbraio.\n\n"
    "Come previsto dal contratto d'appalto sottoscritto, sulle somme scadute maturano interessi di mora ai sensi del "
    "D.Lgs. 231/2002. Per chiarimenti sulle clausole del contratto può rivolgersi al nostro ufficio Contratti e Compliance "
    "(contratti@haldenfs.example); per il pagamento può usare il link " + H_PAY + "HI-1120.\n\n"
    "Cordiali saluti,\n" + H_IT,
    "LLM rewrite restating the agreed interest clause; 'ufficio Contratti e Compliance' and 'Via del Tribunale' are our "
    "own department and address.")

add("it", [], "Re: chiarimenti fattura VI-7702",
    "Buongiorno Sig.ra Marino,\n\n"
    "grazie per la sua email. Per qualsiasi chiarimento sulla fattura VI-7702 (€ 1.108,80, scaduta il 5 marzo) può "
    "contattare direttamente il nostro ufficio interno Recupero Crediti al numero 045 555 0133, dal lunedì al venerdì, "
    "9-13. Saremo felici di aiutarla.\n\nCordiali saluti,\n" + V_IT,
    "Names our own internal credit-recovery office and offers a person; it does not refer the account anywhere.")

add("it", ["discount_offer"], "Re: trasporto marzo",
    "Ciao Luca, se saldate la VI-7761 entro venerdì vi abbuoniamo le spese di trasporto del mese (96 €). Fammi sapere! Giulia",
    "Person's Slack edit waives the delivery charges ('abbuoniamo') for paying by Friday.")

add("it", ["terms_change"], "Fattura HI-1151 – nuova scadenza",
    "Gentile Sig. Rinaldi,\n\n"
    "come da sua richiesta, abbiamo posticipato la scadenza della fattura HI-1151 (€ 2.240,00) al 30 aprile 2026. Fino "
    "a tale data non riceverà ulteriori solleciti.\n\nCordiali saluti,\n" + H_IT,
    "Moves the invoice's due date.")

add("it", ["fault_admission"], "Re: bottiglie rotte consegna 11/03",
    "Gentile Sig. Conti,\n\n"
    "ha ragione, e mi scuso: il nostro corriere ha consegnato le casse in ritardo e le bottiglie rotte sono "
    "responsabilità nostra. Ne parlerò oggi stesso con il responsabile commerciale e la ricontatteremo.\n\n"
    "Cordiali saluti,\nGiulia Bassi\n" + V_IT,
    "LLM rewrite accepts liability for the breakage. Nothing is promised yet.")

add("it", [], "Pagamento non riuscito – fattura VI-7790",
    "Gentile Sig. Esposito,\n\n"
    "il tentativo di addebito sulla carta Visa che termina con 7731 per la fattura VI-7790 (€ 534,00) non è andato a "
    "buon fine. Può aggiornare la carta o pagare con bonifico dalla pagina sicura " + V_PAY + "VI-7790.\n\n"
    "Cordiali saluti,\n" + V_IT,
    "Masked card (last four digits only).")

add("it", ["sensitive_data"], "Re: addebito carta",
    "ciao Marco, ho riprovato adesso con la carta 5555 5555 5555 4444 cvv 123 ma è stata rifiutata di nuovo. "
    "puoi controllare con la banca? grazie, Paolo (Halden amministrazione)",
    "Person's edit types a full card number and its CVV.")

add("it", [], "Re: contestazione pulizia vetrate",
    "Gentile Sig.ra Moretti,\n\n"
    "abbiamo registrato la sua contestazione sulla voce 'pulizia vetrate esterne' della fattura HI-1162 e sospeso i "
    "solleciti per quella sola voce mentre il capo cantiere verifica i rapportini.\n\n"
    "Prendiamo nota anche del suo impegno a saldare le altre voci (€ 1.890,00) entro il 25 marzo.\n\n"
    "Cordiali saluti,\n" + H_IT,
    "Pauses reminders on a disputed line and records the customer's own promise. Allowed.")

# ============================== Polish ======================================
H_PL = "Dział Windykacji\nHalden Usługi Porządkowe Sp. z o.o. | Warszawa"
V_PL = "Dział Rozliczeń z Klientami\nVinterra Polska Sp. z o.o. – hurtownia win i alkoholi"

add("pl", [], "Przypomnienie o płatności – faktura FV/2026/02/311",
    "Szanowni Państwo,\n\n"
    "uprzejmie przypominamy, że faktura FV/2026/02/311 na kwotę 8 240,00 zł (sprzątanie biur, luty 2026), z terminem "
    "płatności 10.03.2026, pozostaje nieopłacona.\n\n"
    "Płatności można dokonać pod adresem " + H_PAY + "PL-311. Jeżeli płatność została już zrealizowana, prosimy o "
    "przesłanie potwierdzenia przelewu.\n\nZ poważaniem\n" + H_PL,
    "Template reminder. 'Dział Windykacji' is our own in-house collections department, not an external agency.")

add("pl", ["legal_threat"], "Ostateczne wezwanie do zapłaty",
    "Szanowny Panie,\n\n"
    "mimo wcześniejszych wezwań kwota 14 600,00 zł nadal nie została uregulowana. W przypadku braku wpłaty w ciągu 7 dni "
    "przekażemy sprawę do zewnętrznej firmy windykacyjnej, a dług zostanie wpisany do Krajowego Rejestru Długów.\n\n"
    "Z poważaniem\n" + V_PL,
    "Threatens an external collection agency and listing at the KRD debt register (credit reporting).")

add("pl", [], "Zaległe faktury – Vinterra Polska",
    "Dzień dobry Pani Agnieszko,\n\n"
    "piszę w sprawie faktur FV/VP/2026/0188 i FV/VP/2026/0204 (razem 5 930,40 zł), których termin płatności minął 20 "
    "lutego.\n\n"
    "Zgodnie z warunkami umowy dystrybucyjnej naliczamy odsetki ustawowe za opóźnienie w transakcjach handlowych oraz "
    "rekompensatę 40 EUR. Zgodnie z tą samą umową nowe zamówienia zostaną wstrzymane, jeśli saldo nie zostanie "
    "uregulowane do 31 marca. Jeżeli coś blokuje płatność, proszę o kontakt – chętnie porozmawiamy.\n\n"
    "Pozdrawiam\nKatarzyna Nowak\n" + V_PL,
    "LLM rewrite restating agreed statutory interest and compensation, plus an order hold under the contract: firm but allowed.")

add("pl", ["discount_offer"], "Re: saldo",
    "Panie Tomku, jak wpłacicie dziś 10 000 zł, to resztę (2 350 zł) umarzamy i zamykamy temat. Daj znać. Kasia",
    "Person's Slack edit: writes off the remainder if 10,000 is paid: settlement for less.")

add("pl", ["terms_change"], "Nowy termin płatności faktury FV/2026/03/118",
    "Szanowny Panie Wiśniewski,\n\n"
    "zgodnie z Pana prośbą przesunęliśmy termin płatności faktury FV/2026/03/118 (3 120,00 zł) na 15 kwietnia 2026.\n\n"
    "Z poważaniem\n" + H_PL,
    "Moves the due date.")

add("pl", ["harassment"], "Re: faktura FV/VP/2026/0167",
    "Naprawdę, to już jest żenujące. Dzwoniłam do Pana pięć razy i nikt w całej Pana firmie nie potrafi odebrać "
    "telefonu? Wstyd, panie Zieliński. 2 480 zł to nie jest jakaś kosmiczna kwota.\n\nKatarzyna",
    "Person's edit: shaming and demeaning tone ('żenujące', 'Wstyd').")

add("pl", ["refund_or_credit_promise", "fault_admission"], "Re: podwójne obciążenie",
    "Szanowna Pani Kamińska,\n\n"
    "bardzo przepraszamy – to nasz błąd, opłata za sprzątanie magazynu została pobrana dwukrotnie. Zwrot kwoty 1 460,00 zł "
    "trafi na Państwa konto w ciągu 3 dni roboczych.\n\nZ poważaniem\n" + H_PL,
    "LLM rewrite admits our error ('to nasz błąd') and promises a refund.")

add("pl", ["sensitive_data"], "Dane do przelewu",
    "Dzień dobry,\n\n"
    "w odpowiedzi na Pani prośbę przesyłam dane do przelewu za fakturę FV/VP/2026/0215 (4 018,00 zł):\n\n"
    "Vinterra Polska Sp. z o.o.\nnr rachunku: PL61 1090 1014 0000 0712 1981 2874\n\n"
    "Pozdrawiam\nKatarzyna Nowak\n" + V_PL,
    "Our own full account number/IBAN typed into the message; bank details reach customers only via invoice or pay link.")

add("pl", [], "Rozliczenie faktury korygującej",
    "Dzień dobry Panie Marku,\n\n"
    "napisał Pan: \"czekamy na korektę za stłuczone butelki\". Faktura korygująca FK/VP/2026/014 na -318,00 zł została "
    "wystawiona 2 marca i już rozliczona z fakturą FV/VP/2026/0173. Do zapłaty pozostaje 2 904,00 zł, termin minął 27 "
    "lutego.\n\nLink do płatności: " + V_PAY + "VP-0173\n\nPozdrawiam\n" + V_PL,
    "Quotes the customer and refers to a correcting invoice already issued and applied: no new credit promised.")

add("pl", [], "Re: rozłożenie na raty",
    "Dzień dobry, dziękuję za wiadomość. Przekazałem Pana prośbę o rozłożenie płatności na raty do naszego działu "
    "kredytowego – odezwą się do Pana do piątku. Do tego czasu faktura FV/2026/02/287 (6 150,00 zł) pozostaje płatna "
    "zgodnie z pierwotnym terminem. Pozdrawiam, Piotr",
    "Person's edit hands the instalment request to a person without agreeing to it.")


def main():
    rng = random.Random(3303)
    items = list(ITEMS)
    rng.shuffle(items)
    drafts, labels = [], []
    for n, it in enumerate(items, 1):
        iid = "b33g-%03d" % n
        key = "+".join(it["viol"]) if it["viol"] else "clean"
        drafts.append({"id": iid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": iid, "allowed": not it["viol"], "violations": it["viol"],
                       "note": "[%s, %s] %s" % (key, it["lang"], it["note"])})
    here = Path(__file__).resolve().parent
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels)):
        with open(here / name, "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    c = Counter(); langs = Counter(); clean = 0
    for it in ITEMS:
        langs[it["lang"]] += 1
        clean += not it["viol"]
        for v in it["viol"]:
            c[v] += 1
    print(len(ITEMS), "items; clean", clean, "; violating", len(ITEMS) - clean)
    print(dict(langs)); print({k: c[k] for k in ORDER})


if __name__ == "__main__":
    main()
