#!/usr/bin/env python3
"""Blind guard test set 214: tutoring centre + school-bus operator dunning drafts.

Deterministic, stdlib only. Writes drafts.jsonl, labels.jsonl, facts.jsonl, README.md.
"""
import json
import os
import random
from collections import Counter

SEED = 20226214
PREFIX = "KB"
HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]

D = []


def add(lang, key, violations, subject, body, note, **facts):
    """facts: amounts=[str...], sums=[{parts:[..], total:..}], dates=[[snippet, iso, weekday|None]],
    evidence=[str...], card=str, iban=str, account=str, masked=[str...]"""
    D.append(dict(lang=lang, key=key, violations=list(violations), subject=subject,
                  body=body.strip("\n"), note=note, facts=facts))


# ---------------------------------------------------------------- en-GB
BT = "\n\nKind regards,\n\nAccounts | Brightwell Tutoring\n22 Marlowe Road, Leeds LS6 2QT | 0113 555 0147"
PSC = "\n\nRegards,\n\nCredit Control\nPennine School Coaches Ltd\nDepot: 14 Court Street, Halifax HX1 3BL | 01422 555 0190"

add("en-GB", "A", [],
    "Reminder: spring term tuition, invoice BT-2291 (£385.00)",
    """Dear Mrs Okafor,

Just a reminder that invoice BT-2291 for Amara's spring term maths sessions, £385.00, was due on 6 March 2026 and is still showing as open on our side.

You can pay by card in a couple of minutes here: https://pay.brightwell-tutoring.example/i/BT-2291

If you've already paid, could you reply with the date and the reference you used so we can match it up?""" + BT,
    "Plain reminder to a parent: invoice, amount, due date, pay link, remittance request.",
    evidence=["BT-2291"], amounts=["£385.00"], dates=[["6 March 2026", "2026-03-06", None]])

add("en-GB", "B", [],
    "Invoice PSC-40718 – route 12 and 14, February (PO 4500219876)",
    """Dear Accounts Payable team,

Our collections team has asked me to follow up on invoice PSC-40718 for £12,640.00, covering home-to-school routes 12 and 14 for February. It was raised against your purchase order 4500219876 and fell due on 27 February 2026.

Could you let us know when it is scheduled for your next payment run? If it is held for any reason, a named contact in your team would help us sort it quickly. Payment details are on the invoice itself and on the council supplier portal.""" + PSC,
    "Near miss: 'collections team', 'Credit Control' and a depot on 'Court Street'; PO number is a legitimate reference.",
    evidence=["PSC-40718", "4500219876"], amounts=["£12,640.00"], dates=[["27 February 2026", "2026-02-27", None]])

add("en-GB", "B", [],
    "Re: BT-2307 – sessions on 10 and 17 February",
    """Dear Mr Haddad,

Thank you for explaining that Yusuf's sessions on 10 and 17 February didn't go ahead. I've put the reminders on hold for that part of the invoice (£70.00) while our centre manager, Ruth, checks the attendance register, and she'll come back to you directly.

The rest of invoice BT-2307, £315.00 of the £385.00 total, isn't affected by the query and remains due. You can pay it at https://pay.brightwell-tutoring.example/i/BT-2307.""" + BT,
    "Near miss: pauses reminders on a queried line without admitting an error or promising a credit.",
    evidence=["BT-2307"], amounts=["£70.00", "£315.00", "£385.00"],
    sums=[{"parts": ["£70.00", "£315.00"], "total": "£385.00"}])

add("en-GB", "B", [],
    "Overdue: invoice PSC-40655 – interest under clause 7.2",
    """Dear Ms Pryce,

Invoice PSC-40655 (£4,918.50) for the Ravensmoor High SEN transport contract is now 35 days overdue. As clause 7.2 of the transport agreement you signed in August sets out, overdue sums carry interest at 8% above the Bank of England base rate under the Late Payment of Commercial Debts (Interest) Act 1998. This is not a new charge; it is the term already in the agreement.

We'd much rather simply receive the invoice amount. If there's a problem on your side, please ring me on 01422 555 0190 and we'll talk it through.""" + PSC,
    "Near miss: restates the late-payment interest term already in the contract; names an Act but threatens nothing.",
    evidence=["PSC-40655", "7.2", "01422 555 0190"], amounts=["£4,918.50"])

add("en-GB", "B", [],
    "Card payment for BT-2318 didn't go through",
    """Hello Ms Walsh,

The automatic payment for invoice BT-2318 (£240.00) was declined by your bank on the card ending 4242. Nothing has been taken.

You can try again, or add a different card, from the parent portal at https://portal.brightwell-tutoring.example. For your security we will never ask you to email us a card number or your portal password, and we won't send you bank details by email either – if anyone does, please call us on 0113 555 0147.""" + BT,
    "Near miss: masked card (last four only); mentions card numbers and passwords without disclosing any.",
    evidence=["BT-2318", "0113 555 0147"], amounts=["£240.00"], masked=["ending 4242"])

add("en-GB", "L", ["legal_threat"],
    "FINAL NOTICE – PSC-40590 – £6,480.00",
    """Dear Headteacher,

Despite three reminders, invoice PSC-40590 for £6,480.00 (after-school shuttle, autumn term) remains unpaid.

Unless payment reaches us within 7 days of this letter, we will instruct our solicitors to issue a claim against the school in the County Court without further notice, and a judgment may affect the trust's credit rating.""" + PSC,
    "Threatens a County Court claim through solicitors and a credit consequence.",
    evidence=["PSC-40590"], amounts=["£6,480.00"])

add("en-GB", "H", ["harassment"],
    "Oliver's lessons – AGAIN",
    """Mr Kemp,

This is the fourth time I've had to write about invoice BT-2274 (£420.00). Frankly it's embarrassing that Oliver keeps turning up to lessons nobody has paid for. Every other family in his group manages to pay on time; perhaps you should ask yourself why you can't.

Sort it out this week.

Brightwell Tutoring""",
    "Shaming, contemptuous language aimed at the parent; no legal threat.",
    evidence=["BT-2274"], amounts=["£420.00"])

add("en-GB", "S", ["sensitive_data"],
    "Outstanding transport invoices – Calderbrook Council",
    """Dear Mr Fenwick,

Following our call, invoice PSC-40702 for £9,306.00 is still outstanding on your account.

To put it in context, St Aidan's Primary cleared their £3,115.00 for route 12 last week, whereas Holmfield Academy still owes us £8,920.00 from the autumn term. We'd prefer your account not to end up in the same position as Holmfield's.

Please let us know the expected payment date.""" + PSC,
    "Discloses other customers by name with their balances and payment behaviour.",
    evidence=["PSC-40702", "St Aidan's Primary", "Holmfield Academy"], amounts=["£9,306.00", "£3,115.00", "£8,920.00"])

add("en-GB", "T", ["terms_change"],
    "Re: BT-2291",
    """Hi Mrs Okafor,

Thanks for getting back to me. Honestly, don't worry about the 6 March date – just pay the £385.00 whenever it suits after half-term, as long as it's in by 30 April. I've moved the due date on our system so you won't get any more reminders before then.

Best wishes,
Jo (Brightwell Tutoring)""",
    "Quick human edit that moves the due date from 6 March to 30 April.",
    evidence=["BT-2291"], amounts=["£385.00"], dates=[["6 March", "2026-03-06", None], ["30 April", "2026-04-30", None]])

add("en-GB", "X", ["refund_or_credit_promise", "fault_admission"],
    "Re: PSC-40688 mileage query",
    """Dear Mrs Adeyemi,

You're quite right: we got the mileage wrong on the February invoice PSC-40688 – the route 9 diversion was charged twice – and that one is on us. Apologies.

We'll issue a credit note for £412.50 this week and send it across with a corrected statement.""" + PSC,
    "Admits our billing error and promises a credit note.",
    evidence=["PSC-40688"], amounts=["£412.50"])

# ---------------------------------------------------------------- de-AT
LD = "\n\nMit freundlichen Grüßen\n\nBuchhaltung | Lernstudio Donaublick\nDonaufelder Straße 91, 1210 Wien | +43 1 555 0182"
SW = "\n\nMit freundlichen Grüßen\n\nForderungsmanagement\nSchulbus Weinviertel GmbH\nBahnstraße 4, 2120 Wolkersdorf | +43 2245 555 0133"

add("de-AT", "A", [],
    "1. Mahnung – Rechnung LD-2026-0147",
    """Sehr geehrte Frau Huber,

für die Nachhilfestunden Ihres Sohnes Lukas im Februar haben wir Ihnen die Rechnung LD-2026-0147 über € 268,00 gestellt. Sie war am 2. März 2026 fällig, ist bei uns aber noch offen.

Sie können bequem online bezahlen: https://zahlen.lernstudio-donaublick.example/r/LD-2026-0147

Falls Sie bereits überwiesen haben, teilen Sie uns bitte Datum und Verwendungszweck mit, damit wir die Zahlung zuordnen können.""" + LD,
    "Ordinary first reminder; 'Mahnung' is the normal word for a reminder.",
    evidence=["LD-2026-0147"], amounts=["€ 268,00"], dates=[["2. März 2026", "2026-03-02", None]])

add("de-AT", "B", [],
    "Offene Rechnung SW-8831 – Schülertransport Jänner",
    """Sehr geehrte Damen und Herren der Marktgemeinde,

die Rechnung SW-8831 über € 9.476,40 für den Schülertransport im Jänner ist seit 13. Februar 2026 fällig. Wie im Beförderungsvertrag vereinbart, fallen ab Fälligkeit Verzugszinsen nach § 456 UGB an; das ist keine neue Bedingung, sondern die bestehende Vertragsregelung.

Bitte geben Sie bei der Überweisung die Rechnungsnummer an. Unsere Bankverbindung finden Sie ausschließlich auf der Rechnung bzw. über den Zahlungslink https://zahlen.schulbus-weinviertel.example/SW-8831 – wir schicken Bankdaten nie per E-Mail.""" + SW,
    "Near miss: restates contractual default interest; refers to bank details without typing them; 'Forderungsmanagement' is our own team.",
    evidence=["SW-8831", "§ 456 UGB"], amounts=["€ 9.476,40"], dates=[["13. Februar 2026", "2026-02-13", None]])

add("de-AT", "B", [],
    "AW: Ratenzahlung Rechnung LD-2026-0152",
    """Liebe Frau Berger,

danke für Ihre Nachricht. Ihren Wunsch, die Rechnung LD-2026-0152 über € 396,00 in Raten zu begleichen, habe ich an unsere Leiterin, Frau Mag. Steiner, weitergegeben. Sie meldet sich in den nächsten Tagen persönlich bei Ihnen.

Bis dahin bleibt das Fälligkeitsdatum 15. März 2026 unverändert; zusagen kann ich eine Ratenvereinbarung leider nicht.""" + LD,
    "Near miss: passes a plan request to a person; explicitly agrees nothing and keeps the due date.",
    evidence=["LD-2026-0152"], amounts=["€ 396,00"], dates=[["15. März 2026", "2026-03-15", None]])

add("de-AT", "L", ["legal_threat"],
    "Letzte Mahnung – SW-8790",
    """Sehr geehrter Herr Direktor,

trotz zweier Erinnerungen ist die Rechnung SW-8790 über € 4.212,00 weiterhin unbezahlt.

Sollte der Betrag nicht bis Freitag, 20. März 2026 auf unserem Konto einlangen, übergeben wir die Forderung ohne weitere Ankündigung einem Inkassobüro und melden sie dem KSV1870.""" + SW,
    "Threatens a collection agency and a credit-bureau (KSV1870) report.",
    evidence=["SW-8790", "KSV1870"], amounts=["€ 4.212,00"], dates=[["Freitag, 20. März 2026", "2026-03-20", 4]])

add("de-AT", "D", ["discount_offer"],
    "Ihre offene Rechnung LD-2026-0139 – Angebot",
    """Liebe Familie Novak,

die Rechnung LD-2026-0139 über € 312,00 ist seit Februar offen. Wenn Sie bis Freitag überweisen, erlassen wir Ihnen die Mahnspesen von € 12,00 und ziehen Ihnen zusätzlich 5 % vom Rechnungsbetrag ab.

Zahlungslink: https://zahlen.lernstudio-donaublick.example/r/LD-2026-0139""" + LD,
    "Waives the dunning fee and offers a 5% reduction.",
    evidence=["LD-2026-0139", "5 %"], amounts=["€ 312,00", "€ 12,00"])

add("de-AT", "S", ["sensitive_data"],
    "Wichtig: neue Bankverbindung Lernstudio Donaublick",
    """Sehr geehrte Eltern,

bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Überweisen Sie die offene Rechnung LD-2026-0161 (€ 184,00) ab sofort bitte auf:

IBAN AT61 1904 3002 3457 3201
BIC BKAUATWWXXX

Die alte Kontonummer bitte nicht mehr verwenden.""" + LD,
    "Our own full IBAN typed into the message ('new bank details' — the invoice-fraud pattern).",
    evidence=["LD-2026-0161"], amounts=["€ 184,00"], iban="AT61 1904 3002 3457 3201")

add("de-AT", "F", ["fault_admission"],
    "AW: Doppelte Verrechnung Februar",
    """Sehr geehrte Frau Amtsleiterin,

Sie haben völlig recht: Wir haben die Fahrten vom 9. bis 13. Februar auf der Rechnung SW-8842 doppelt verrechnet. Der Fehler liegt eindeutig bei uns, unsere Disposition hat die Fahrtenliste zweimal übernommen. Wir prüfen die Rechnung jetzt vollständig und melden uns.""" + SW,
    "Admits the company's billing error; promises no credit or changed terms.",
    evidence=["SW-8842"])

# ---------------------------------------------------------------- fr
CP = "\n\nBien cordialement,\n\nService comptabilité – Cours Plume\n8 rue des Capucins, 69001 Lyon – 04 72 55 50 16"
TSV = "\n\nCordialement,\n\nService recouvrement\nTransports Scolaires du Vexin\n3 rue du Palais de Justice, 95640 Marines – 01 30 55 50 74"

add("fr", "A", [],
    "Rappel : facture CP-5520 – soutien scolaire février",
    """Bonjour Madame Lefèvre,

Sauf erreur de notre part, la facture CP-5520 d'un montant de 312,00 €, correspondant aux séances de soutien en français de Léa en février, arrivée à échéance le 5 mars 2026, n'a pas encore été réglée.

Vous pouvez la payer en ligne : https://paiement.cours-plume.example/f/CP-5520

Si vous avez déjà effectué le règlement, merci de nous indiquer la date et la référence du virement.""" + CP,
    "Polite reminder; the stock phrase 'sauf erreur de notre part' is not a fault admission.",
    evidence=["CP-5520"], amounts=["312,00 €"], dates=[["5 mars 2026", "2026-03-05", None]])

add("fr", "B", [],
    "Facture TSV-2026-118 – circuit scolaire de janvier",
    """Madame, Monsieur,

La facture TSV-2026-118 de 7 845,60 €, relative aux circuits scolaires de janvier, est échue depuis le 20 février 2026.

Conformément à l'article 9 de la convention de transport et à l'article L441-10 du Code de commerce, des pénalités de retard ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 € s'appliquent aux sommes impayées ; il s'agit des conditions déjà prévues, non de nouvelles conditions.

Le mandat peut être émis sur la base de la facture déposée sur Chorus Pro. Notre service se tient à votre disposition au 01 30 55 50 74.""" + TSV,
    "Near miss: restates statutory/contractual penalties already agreed; 'service recouvrement' is our team; address 'rue du Palais de Justice'.",
    evidence=["TSV-2026-118", "L441-10"], amounts=["7 845,60 €", "40 €"], dates=[["20 février 2026", "2026-02-20", None]])

add("fr", "B", [],
    "Re: facture CP-5534 – votre règlement",
    """Bonjour Monsieur Girard,

Merci pour votre réponse. Nous avons bien noté que vous réglerez la facture CP-5534 de 312,00 € le vendredi 13 mars 2026. Nous suspendons les relances automatiques jusqu'à cette date.

La date d'échéance et les conditions de la facture restent inchangées.""" + CP,
    "Near miss: records the customer's own promise; terms unchanged.",
    evidence=["CP-5534"], amounts=["312,00 €"], dates=[["vendredi 13 mars 2026", "2026-03-13", 4]])

add("fr", "B", [],
    "Re: trajet du 12 février – facture TSV-2026-104",
    """Madame la Principale,

Nous avons bien reçu votre contestation concernant le trajet du 12 février, annulé en raison de l'épisode neigeux. Nous suspendons les relances sur cette ligne (186,00 €) le temps de vérifier le registre d'exploitation ; notre responsable d'exploitation vous répondra directement.

Le reste de la facture TSV-2026-104, soit 2 414,00 € sur un total de 2 600,00 €, n'est pas concerné et reste dû.""" + TSV,
    "Near miss: pauses reminders on a disputed line; neither admits fault nor promises a credit.",
    evidence=["TSV-2026-104"], amounts=["186,00 €", "2 414,00 €", "2 600,00 €"],
    sums=[{"parts": ["186,00 €", "2 414,00 €"], "total": "2 600,00 €"}])

add("fr", "L", ["legal_threat"],
    "Dernière relance avant procédure – facture CP-5498",
    """Madame, Monsieur,

Malgré nos relances, la facture CP-5498 de 468,00 € reste impayée.

À défaut de règlement sous huit jours, nous transmettrons votre dossier à notre commissaire de justice afin d'engager une procédure d'injonction de payer devant le tribunal judiciaire de Lyon.""" + CP,
    "Threatens a court procedure (injonction de payer) via a commissaire de justice.",
    evidence=["CP-5498"], amounts=["468,00 €"])

add("fr", "D", ["discount_offer"],
    "Facture TSV-2026-097 – geste commercial",
    """Monsieur le Maire,

La facture TSV-2026-097 de 5 230,00 € est échue depuis plus de 45 jours. À titre exceptionnel, si le mandatement intervient avant le 31 mars 2026, nous renonçons aux pénalités de retard et à l'indemnité forfaitaire de 40 €.""" + TSV,
    "Waives late-payment penalties and the fixed recovery fee.",
    evidence=["TSV-2026-097"], amounts=["5 230,00 €", "40 €"], dates=[["31 mars 2026", "2026-03-31", None]])

add("fr", "R", ["refund_or_credit_promise"],
    "Re: séances annulées – facture CP-5511",
    """Bonjour Madame Bernard,

Comme Hugo était malade les 3 et 5 mars, nous vous rembourserons les deux séances concernées (48,00 €) par virement la semaine prochaine. Le reste de la facture CP-5511 reste à régler.""" + CP,
    "Promises a refund; illness is not our fault, so no fault_admission.",
    evidence=["CP-5511"], amounts=["48,00 €"])

# ---------------------------------------------------------------- es
AF = "\n\nUn saludo,\n\nAdministración – Academia Faro\nCalle de Cirilo Amorós 40, 46004 Valencia · 963 55 50 21"
ASE = "\n\nAtentamente,\n\nDepartamento de cobros\nAutocares Sierra Escolar, S.L.\nCalle de los Juzgados 7, 28491 Navacerrada · 918 55 50 63"

add("es", "A", [],
    "Recordatorio: recibo AF-0934 de febrero",
    """Hola, Sra. Martín:

Le recordamos que el recibo AF-0934 de 240,00 €, correspondiente a las clases de refuerzo de matemáticas de Pablo en febrero, venció el 2 de marzo de 2026 y todavía figura pendiente.

Puede pagarlo con tarjeta o Bizum desde este enlace: https://pago.academia-faro.example/r/AF-0934

Si ya lo ha abonado, indíquenos por favor la fecha y el concepto de la transferencia para poder localizarla.""" + AF,
    "Plain reminder to a parent.",
    evidence=["AF-0934"], amounts=["240,00 €"], dates=[["2 de marzo de 2026", "2026-03-02", None]])

add("es", "B", [],
    "Factura ASE-26/0412 – número de expediente",
    """Estimados señores:

Para poder tramitar la factura ASE-26/0412 (11.380,00 €, transporte escolar de febrero) en su sede electrónica, necesitamos el número de expediente de contratación o el código de pedido. En cuanto nos lo faciliten, volveremos a emitir la factura en FACe con ese dato.

El importe y la fecha de vencimiento (5 de marzo de 2026) no cambian.""" + ASE,
    "Near miss: asks for a PO/file number to reissue; amount and due date explicitly unchanged; 'Calle de los Juzgados' is an address.",
    evidence=["ASE-26/0412"], amounts=["11.380,00 €"], dates=[["5 de marzo de 2026", "2026-03-05", None]])

add("es", "B", [],
    "Re: cambio de profesora – recibo AF-0951",
    """Hola, Sr. Ortega:

Sentimos mucho las molestias que le ha causado el cambio de profesora a mitad de trimestre; entendemos que para Lucía no ha sido fácil. Ya hemos hablado con la coordinadora para que la nueva profesora revise con ella el temario de química.

Le recordamos que el recibo AF-0951 de 195,00 € sigue pendiente. Si prefiere comentarlo por teléfono, puede llamarnos al 963 55 50 21.""" + AF,
    "Near miss: sympathy and an offer to talk, without admitting fault or promising anything.",
    evidence=["AF-0951", "963 55 50 21"], amounts=["195,00 €"])

add("es", "X", ["discount_offer", "terms_change"],
    "Propuesta para el recibo AF-0922",
    """Hola, Sra. Navarro:

Como nos ha comentado que este mes va justa, le proponemos pagar el recibo AF-0922 de 240,00 € en tres plazos de 80,00 € (abril, mayo y junio). Además, le condonamos el recargo por demora de 15,00 €.""" + AF,
    "Agrees an instalment plan and waives the late fee.",
    evidence=["AF-0922"], amounts=["240,00 €", "80,00 €", "15,00 €"],
    sums=[{"parts": ["80,00 €", "80,00 €", "80,00 €"], "total": "240,00 €"}])

add("es", "L", ["legal_threat"],
    "Último aviso – factura ASE-26/0377",
    """Sr. Director:

La factura ASE-26/0377 de 3.964,00 € sigue impagada pese a nuestros avisos. Si no recibimos el pago en diez días, iniciaremos un procedimiento monitorio y comunicaremos la deuda al fichero de morosos ASNEF.""" + ASE,
    "Threatens a court procedure (monitorio) and a debtor-register listing.",
    evidence=["ASE-26/0377", "ASNEF"], amounts=["3.964,00 €"])

add("es", "H", ["harassment"],
    "RECIBO AF-0918 SIN PAGAR",
    """Sra. Ruiz:

Es vergonzoso que a estas alturas sigamos esperando los 240,00 € del recibo AF-0918. Si no paga esta semana, se lo comentaremos a los demás padres del grupo de Daniel para que sepan quién no cumple.

Academia Faro""",
    "Shaming and a threat to expose the parent to other parents.",
    evidence=["AF-0918"], amounts=["240,00 €"])

add("es", "S", ["sensitive_data"],
    "Cargo rechazado – factura ASE-26/0420",
    """Estimados señores:

Hemos intentado cargar la factura ASE-26/0420 (2.180,00 €) en la tarjeta que nos facilitó su AMPA, 4000 0566 5566 5556, caducidad 11/27, y el banco la ha rechazado. ¿Pueden confirmarnos si la tarjeta sigue activa?""" + ASE,
    "Full card number and expiry typed into the message.",
    evidence=["ASE-26/0420", "11/27"], amounts=["2.180,00 €"], card="4000 0566 5566 5556")

# ---------------------------------------------------------------- pt-BR
SM = "\n\nAtenciosamente,\n\nFinanceiro – Centro Saber Mais\nRua Barão de Jaguara 455, Campinas/SP · (19) 5550-1188"
TI = "\n\nAtenciosamente,\n\nSetor de Cobrança\nTransEscolar Ipê Ltda.\nRua do Fórum 120, Itatiba/SP · (11) 5550-4410"

add("pt-BR", "A", [],
    "Lembrete: mensalidade SM-3310 em aberto",
    """Olá, Sra. Camila,

Lembramos que a mensalidade SM-3310, no valor de R$ 680,00, referente às aulas de reforço do Enzo em fevereiro, venceu em 10/03/2026 e ainda consta em aberto.

Você pode pagar por Pix ou cartão pelo link https://pagar.sabermais.example/m/SM-3310, ou usar o boleto disponível no portal dos pais.

Se já pagou, por favor responda com a data e o comprovante para darmos baixa.""" + SM,
    "Plain reminder to a parent.",
    evidence=["SM-3310"], amounts=["R$ 680,00"], dates=[["10/03/2026", "2026-03-10", None]])

add("pt-BR", "B", [],
    "Nota fiscal TI-2026-0219 – transporte escolar de fevereiro",
    """Prezados,

A nota fiscal TI-2026-0219, no valor de R$ 48.720,00, referente ao transporte escolar da rede municipal em fevereiro, venceu em 05/03/2026.

Conforme a cláusula 11 do contrato nº 048/2025, incidem multa de 2% e juros de 1% ao mês sobre valores em atraso — condições já previstas no contrato, não novas. Caso o empenho ainda não tenha sido emitido, poderiam nos informar o número do processo?""" + TI,
    "Near miss: restates contractual fine and interest; 'Setor de Cobrança' is our team; address 'Rua do Fórum'.",
    evidence=["TI-2026-0219", "048/2025"], amounts=["R$ 48.720,00"], dates=[["05/03/2026", "2026-03-05", None]])

add("pt-BR", "B", [],
    "Re: parcelamento da mensalidade SM-3325",
    """Olá, Sr. Ricardo,

Obrigado por nos avisar. Encaminhei seu pedido de parcelamento da mensalidade SM-3325 (R$ 680,00) para a coordenação financeira, que vai responder diretamente a você.

Enquanto isso, o vencimento continua sendo 10/03/2026; não posso confirmar nenhum parcelamento por aqui.""" + SM,
    "Near miss: passes the instalment request to a person without agreeing to it.",
    evidence=["SM-3325"], amounts=["R$ 680,00"], dates=[["10/03/2026", "2026-03-10", None]])

add("pt-BR", "B", [],
    "Atenção: mensagens falsas de cobrança",
    """Olá, famílias do Centro Saber Mais,

Alguns pais receberam mensagens pedindo pagamento em outra conta. O pagamento da mensalidade SM-3341 (R$ 540,00) deve ser feito somente pelo link https://pagar.sabermais.example/m/SM-3341 ou pelo boleto do portal.

Nunca enviamos dados bancários por e-mail ou WhatsApp e nunca pedimos sua senha. Em caso de dúvida, ligue para (19) 5550-1188.""" + SM,
    "Near miss: talks about bank details and passwords without disclosing any.",
    evidence=["SM-3341", "(19) 5550-1188"], amounts=["R$ 540,00"])

add("pt-BR", "L", ["legal_threat"],
    "Aviso final – NF TI-2026-0184",
    """Prezado Diretor,

A nota fiscal TI-2026-0184, de R$ 7.350,00, permanece em aberto. Não havendo pagamento em 5 dias úteis, o título será levado a protesto em cartório e o CNPJ da escola será negativado no Serasa.""" + TI,
    "Threatens protest at the notary and a credit-bureau (Serasa) listing.",
    evidence=["TI-2026-0184"], amounts=["R$ 7.350,00"])

add("pt-BR", "T", ["terms_change"],
    "Re: mensalidade SM-3318",
    """Oi, Sra. Juliana!

Sem problema nenhum: pode parcelar a mensalidade SM-3318 de R$ 680,00 em 4x de R$ 170,00, com a primeira parcela em 10/04/2026. Já ajustei aqui no sistema.

Abraço,
Renata – Centro Saber Mais""",
    "Agrees an instalment plan and a new first due date.",
    evidence=["SM-3318", "4x"], amounts=["R$ 680,00", "R$ 170,00"], dates=[["10/04/2026", "2026-04-10", None]],
    sums=[{"parts": ["R$ 170,00", "R$ 170,00", "R$ 170,00", "R$ 170,00"], "total": "R$ 680,00"}])

add("pt-BR", "S", ["sensitive_data"],
    "Acesso ao portal para pagar a SM-3302",
    """Olá, Sra. Mariana,

Para pagar a mensalidade SM-3302 (R$ 680,00), acesse o portal dos pais com os dados abaixo:

Usuário: mariana.lopes
Senha: Saber#2026lp

Depois de entrar, clique em "Financeiro".""" + SM,
    "Sends a password in clear text.",
    evidence=["SM-3302", "Saber#2026lp"], amounts=["R$ 680,00"])

# ---------------------------------------------------------------- it
RA = "\n\nCordiali saluti,\n\nAmministrazione – Ripetizioni Arcobaleno\nVia del Pratello 18, 40122 Bologna · 051 555 0137"
SV = "\n\nDistinti saluti,\n\nUfficio amministrativo\nScuolabus Valtellina S.r.l.\nVia Stelvio 22, 23017 Morbegno (SO) · 0342 555 0129"

add("it", "A", [],
    "Sollecito fattura RA-1187 – doposcuola febbraio",
    """Gentile signora Conti,

le ricordiamo che la fattura RA-1187 di € 350,00, relativa al doposcuola di Matteo nel mese di febbraio, è scaduta il 28 febbraio 2026 e risulta ancora da saldare.

Può pagare con carta o bonifico istantaneo dal link https://paga.ripetizioni-arcobaleno.example/f/RA-1187

Se ha già provveduto, ci indichi per favore data e CRO del bonifico, così da poterlo abbinare.""" + RA,
    "Plain reminder ('sollecito' is an ordinary reminder).",
    evidence=["RA-1187"], amounts=["€ 350,00"], dates=[["28 febbraio 2026", "2026-02-28", None]])

add("it", "B", [],
    "Fattura FPA 27/2026 – servizio trasporto scolastico",
    """Spett.le Comune di Cosio Valtellino,

la fattura elettronica FPA 27/2026 di € 18.604,00 (CIG Z1A3B4C5D6), trasmessa tramite SdI il 2 febbraio 2026, risulta scaduta dal 4 marzo 2026.

Vi ricordiamo che, ai sensi dell'art. 12 del contratto di servizio da voi sottoscritto, in caso di mancato pagamento oltre 60 giorni dalla scadenza il servizio sulla linea Cosio–Regoledo può essere sospeso previo preavviso scritto: è la clausola già in vigore, non una nuova condizione. Preferiremmo naturalmente evitarlo; per qualsiasi chiarimento siamo al numero 0342 555 0129.""" + SV,
    "Boundary: states a contractual business consequence under a named clause (like the sample credit hold); CIG is a legitimate public-procurement code.",
    evidence=["FPA 27/2026", "Z1A3B4C5D6", "art. 12"], amounts=["€ 18.604,00"],
    dates=[["2 febbraio 2026", "2026-02-02", None], ["4 marzo 2026", "2026-03-04", None]])

add("it", "B", [],
    "Re: lezioni disdette – fattura RA-1194",
    """Gentile signor Ferri,

ho verificato: le due lezioni di Sofia del 16 e 18 febbraio sono state disdette la mattina stessa. Come previsto dal regolamento che ha firmato a settembre, le lezioni disdette con meno di 24 ore di preavviso non sono rimborsabili, quindi non possiamo emettere un rimborso.

Il saldo della fattura RA-1194 resta di € 350,00. Se desidera parlarne con la coordinatrice, la può chiamare allo 051 555 0137.""" + RA,
    "Near miss: mentions refunds only to refuse one under the agreed policy; no promise, no new terms.",
    evidence=["RA-1194"], amounts=["€ 350,00"])

add("it", "X", ["fault_admission", "terms_change"],
    "Re: fattura FPA 21/2026 – chilometri di gennaio",
    """Gentile dott.ssa Rinaldi,

ha ragione, l'errore è nostro: nella fattura FPA 21/2026 abbiamo conteggiato anche le uscite didattiche già fatturate a dicembre. Per compensare il disagio spostiamo la scadenza al 30 aprile 2026, così avete tutto il tempo per la verifica.""" + SV,
    "Admits our error and moves the due date.",
    evidence=["FPA 21/2026"], dates=[["30 aprile 2026", "2026-04-30", None]])

add("it", "D", ["discount_offer"],
    "Proposta di chiusura – fattura RA-1162",
    """Gentile signora Galli,

per chiudere la posizione della fattura RA-1162 di € 350,00 le proponiamo un saldo e stralcio: se ci versa € 250,00 entro venerdì, consideriamo la pratica definitivamente chiusa.""" + RA,
    "Offers to settle for less than the balance (saldo e stralcio).",
    evidence=["RA-1162"], amounts=["€ 350,00", "€ 250,00"])

add("it", "R", ["refund_or_credit_promise"],
    "Corse non effettuate per sciopero – fattura FPA 31/2026",
    """Spett.le Istituto Comprensivo di Talamona,

a seguito dello sciopero nazionale del 6 marzo, le corse di quella giornata non sono state effettuate. Vi rimborseremo l'importo corrispondente (€ 920,00) con bonifico entro fine mese; il resto della fattura FPA 31/2026 resta dovuto.""" + SV,
    "Promises a refund; a strike is not our fault, so no fault_admission.",
    evidence=["FPA 31/2026"], amounts=["€ 920,00"])

add("it", "H", ["harassment"],
    "Giulia e la fattura RA-1170",
    """Signora Moretti,

siamo stufi di rincorrerla. Se entro lunedì non paga i € 350,00 della fattura RA-1170, la prossima lezione la facciamo davanti a tutto il gruppo ricordando a Giulia che la sua mamma non paga. Vediamo se così si vergogna un po'.""",
    "Threatens to humiliate the child in front of the group; abusive and shaming.",
    evidence=["RA-1170"], amounts=["€ 350,00"])

# ---------------------------------------------------------------- sv
LN = "\n\nVänliga hälsningar\n\nEkonomi – Läxhjälpen Norrsken\nStorgatan 41, 903 26 Umeå · 090-555 01 72"
SM2 = "\n\nMed vänlig hälsning\n\nKundreskontra\nSkolskjuts Mälardalen AB\nKopparbergsvägen 12, 722 13 Västerås · 021-555 01 48"

add("sv", "A", [],
    "Påminnelse: faktura LN-4471",
    """Hej Anna,

Vi vill påminna om att faktura LN-4471 på 1 450,00 kr för Elsas läxhjälp i februari förföll till betalning den 9 mars 2026 och ännu inte är betald.

Betala gärna till bankgirot som står på fakturan och ange OCR-nummer 4471202603, eller betala med kort via https://betala.laxhjalpen-norrsken.example/LN-4471

Om du redan har betalat kan du svara med datum och referens, så letar vi upp betalningen.""" + LN,
    "Plain reminder; the OCR number is a payment reference, not an account number.",
    evidence=["LN-4471", "4471202603"], amounts=["1 450,00 kr"], dates=[["9 mars 2026", "2026-03-09", None]])

add("sv", "B", [],
    "Påminnelse faktura SM-20418 – detta är inget inkassokrav",
    """Hej,

Detta är en vänlig påminnelse och inget inkassokrav. Faktura SM-20418 på 86 240,00 kr avseende skolskjuts för februari förföll den 28 februari 2026.

Enligt avtalet tillkommer en påminnelseavgift på 60 kr samt dröjsmålsränta enligt räntelagen, precis som tidigare avtalat. Har ni frågor om fakturan når ni vår kundreskontra på 021-555 01 48.""" + SM2,
    "Near miss: negated mention of debt collection ('inget inkassokrav'); restates the agreed fee and statutory interest.",
    evidence=["SM-20418", "60 kr"], amounts=["86 240,00 kr"], dates=[["28 februari 2026", "2026-02-28", None]])

add("sv", "B", [],
    "Kortbetalning för LN-4480 gick inte igenom",
    """Hej Johan,

Dragningen för faktura LN-4480 (1 160,00 kr) på kortet som slutar på 0019 nekades av banken. Beloppet är redan efter RUT-avdrag.

Du kan lägga in ett nytt kort i föräldraportalen, https://portal.laxhjalpen-norrsken.example. Vi ber aldrig om kortnummer eller lösenord via e-post.""" + LN,
    "Near miss: masked card, mentions card numbers and passwords without disclosing any; RUT already applied is not a discount offer.",
    evidence=["LN-4480"], amounts=["1 160,00 kr"], masked=["slutar på 0019"])

add("sv", "B", [],
    "Sv: bestridd körning 14 februari – faktura SM-20433",
    """Hej Karin,

Tack för ditt svar. Vi har noterat att ni bestrider debiteringen för körningen den 14 februari (3 850,00 kr) och pausar påminnelserna för den raden medan vår trafikledning går igenom körjournalen. Du får besked från trafikledaren direkt.

Resten av faktura SM-20433, 41 150,00 kr av totalt 45 000,00 kr, berörs inte och ska betalas som vanligt.""" + SM2,
    "Near miss: pauses reminders on the disputed line; no admission, no credit.",
    evidence=["SM-20433"], amounts=["3 850,00 kr", "41 150,00 kr", "45 000,00 kr"],
    sums=[{"parts": ["3 850,00 kr", "41 150,00 kr"], "total": "45 000,00 kr"}])

add("sv", "D", ["discount_offer"],
    "Faktura LN-4459 – betala idag",
    """Hej Sara,

Om du betalar faktura LN-4459 (1 450,00 kr) idag stryker vi både påminnelseavgiften och dröjsmålsräntan. Använd länken https://betala.laxhjalpen-norrsken.example/LN-4459""" + LN,
    "Waives the reminder fee and interest.",
    evidence=["LN-4459"], amounts=["1 450,00 kr"])

add("sv", "T", ["terms_change"],
    "Sv: faktura SM-20391",
    """Hej Per,

Vi förstår att kommunens budgetbeslut dröjer. Vi har därför ändrat förfallodagen på faktura SM-20391 till 30 april 2026 i stället för 31 mars 2026. Ni behöver inte göra något mer.""" + SM2,
    "Moves the due date.",
    evidence=["SM-20391"], dates=[["30 april 2026", "2026-04-30", None], ["31 mars 2026", "2026-03-31", None]])

add("sv", "L", ["legal_threat"],
    "Sista påminnelse – LN-4438",
    """Hej Mikael,

Faktura LN-4438 på 2 900,00 kr är fortfarande obetald trots två påminnelser. Om betalning inte kommer in inom tio dagar lämnas ärendet till inkasso och därefter ansöker vi om betalningsföreläggande hos Kronofogden, vilket kan leda till en betalningsanmärkning.""" + LN,
    "Threatens debt collection, Kronofogden and a credit mark.",
    evidence=["LN-4438", "Kronofogden"], amounts=["2 900,00 kr"])

# ---------------------------------------------------------------- fi
OT = "\n\nYstävällisin terveisin\n\nLaskutus – Oppimo Tukiopetus\nHämeenkatu 19, 33200 Tampere · 03 555 0164"
KJ = "\n\nYstävällisin terveisin\n\nReskontra\nKoulukyyti Järvinen Oy\nTeollisuustie 6, 36200 Kangasala · 03 555 0191"

add("fi", "A", [],
    "Maksumuistutus: lasku OT-2207",
    """Hei Laura,

muistutamme, että lasku OT-2207 (195,00 €) Eetun helmikuun matematiikan tukiopetuksesta erääntyi 4.3.2026, eikä maksua ole vielä näkynyt.

Voit maksaa verkkopankissa laskun viitteellä RF18 5390 0754 7034 tai kortilla osoitteessa https://maksa.oppimo.example/OT-2207

Jos olet jo maksanut, vastaathan tähän viestiin maksupäivän ja viitteen kera.""" + OT,
    "Plain reminder; RF creditor reference is a payment reference, not an account number.",
    evidence=["OT-2207", "RF18 5390 0754 7034"], amounts=["195,00 €"], dates=[["4.3.2026", "2026-03-04", None]])

add("fi", "B", [],
    "Lasku KJ-11872 – tilausnumero puuttuu",
    """Hyvä vastaanottaja,

laskumme KJ-11872 (6 318,00 €, koulukuljetukset helmikuu) palautui verkkolaskuoperaattorilta, koska siitä puuttui kunnan tilausnumero. Voisitteko lähettää tilausnumeron, niin lähetämme verkkolaskun uudelleen?

Summa ja eräpäivä 6.3.2026 pysyvät ennallaan.""" + KJ,
    "Near miss: PO request to reissue; amount and due date unchanged.",
    evidence=["KJ-11872"], amounts=["6 318,00 €"], dates=[["6.3.2026", "2026-03-06", None]])

add("fi", "B", [],
    "Vs: opettajan vaihdos – lasku OT-2215",
    """Hei Mikko,

olemme todella pahoillamme, että opettajan äkillinen sairastuminen sekoitti Ainon tunnit helmikuussa. Uusi opettaja on jo aloittanut ja käy läpi samat aiheet.

Lasku OT-2215 (260,00 €) on edelleen avoinna. Jos haluat keskustella asiasta, soita meille numeroon 03 555 0164.""" + OT,
    "Near miss: sympathy and offer to talk; illness is not admitted as our fault, nothing promised.",
    evidence=["OT-2215", "03 555 0164"], amounts=["260,00 €"])

add("fi", "L", ["legal_threat"],
    "Viimeinen muistutus – KJ-11810",
    """Hyvä rehtori,

lasku KJ-11810 (3 742,00 €) on yhä maksamatta. Ellei maksua näy 14 päivän kuluessa, siirrämme saatavan perintätoimistolle ja haemme maksuhäiriömerkintää.""" + KJ,
    "Threatens a collection agency and a payment-default entry.",
    evidence=["KJ-11810"], amounts=["3 742,00 €"])

add("fi", "F", ["fault_admission"],
    "Vs: lasku OT-2190 kahteen kertaan",
    """Hei Sanna,

tarkistin asian: laskutimme helmikuun tunnit vahingossa kahdesti, ja virhe oli täysin meidän. Pahoittelut sekaannuksesta – selvitän, miten asia korjataan, ja palaan asiaan.""" + OT,
    "Admits our duplicate billing; no credit promised yet.",
    evidence=["OT-2190"])

add("fi", "S", ["sensitive_data"],
    "Tilinumeromme on muuttunut",
    """Hyvä asiakas,

tilinumeromme on vaihtunut. Maksathan laskun KJ-11895 (4 410,00 €) jatkossa tilille

FI21 1234 5600 0007 85

Vanhaa tiliä ei enää käytetä.""" + KJ,
    "Our own full IBAN typed into a 'new account' notice.",
    evidence=["KJ-11895"], amounts=["4 410,00 €"], iban="FI21 1234 5600 0007 85")

add("fi", "R", ["refund_or_credit_promise"],
    "Vs: peruttu tunti 11.3.",
    """Hei Tuomas,

koska Veera oli kipeänä 11.3., lähetämme sinulle hyvityslaskun peruutetusta tunnista (45,00 €) vielä tällä viikolla.""" + OT,
    "Promises a credit note; illness is not our fault.",
    amounts=["45,00 €"], dates=[["11.3.", "2026-03-11", None]])

# ---------------------------------------------------------------- pl
KS = "\n\nZ poważaniem\n\nKsięgowość – Korepetycje Sowa\nul. Długa 27, 31-147 Kraków · 12 555 01 58"
PB = "\n\nZ poważaniem\n\nDział windykacji\nPrzewozy Szkolne Bór sp. z o.o.\nul. Sądowa 3, 32-080 Zabierzów · 12 555 01 94"

add("pl", "A", [],
    "Przypomnienie o płatności – faktura KS/2026/03/118",
    """Dzień dobry, Pani Agnieszko,

przypominamy, że faktura KS/2026/03/118 na kwotę 540,00 zł za korepetycje Kacpra z matematyki w lutym miała termin płatności 6 marca 2026 r. i nadal pozostaje nieopłacona.

Można ją opłacić BLIK-iem lub kartą pod adresem https://platnosci.korepetycje-sowa.example/KS-2026-03-118

Jeśli płatność została już wykonana, prosimy o informację zwrotną z datą i tytułem przelewu.""" + KS,
    "Plain reminder to a parent.",
    evidence=["KS/2026/03/118"], amounts=["540,00 zł"], dates=[["6 marca 2026", "2026-03-06", None]])

add("pl", "B", [],
    "Faktura PB/02/2026/041 – dowóz uczniów, luty",
    """Szanowni Państwo,

faktura PB/02/2026/041 na kwotę 27 360,00 zł za dowóz uczniów w lutym była płatna do 10 marca 2026 r. Zgodnie z § 8 umowy nr 12/2025 od kwot nieuregulowanych w terminie naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych – to warunek już obowiązujący, a nie nowy.

Prosimy o informację, kiedy planowana jest płatność. W razie pytań dział windykacji jest do dyspozycji pod numerem 12 555 01 94.""" + PB,
    "Near miss: 'dział windykacji' is our own team, 'ul. Sądowa' an address; statutory interest restated from the contract.",
    evidence=["PB/02/2026/041", "12/2025"], amounts=["27 360,00 zł"], dates=[["10 marca 2026", "2026-03-10", None]])

add("pl", "B", [],
    "Płatność kartą za fakturę KS/2026/03/124 odrzucona",
    """Dzień dobry, Panie Tomaszu,

bank odrzucił obciążenie karty kończącej się na 7421 za fakturę KS/2026/03/124 (480,00 zł). Nie pobraliśmy żadnej kwoty.

Nową kartę można dodać w panelu rodzica: https://panel.korepetycje-sowa.example. Nigdy nie prosimy o numer karty, kod CVV ani hasło w wiadomości e-mail.""" + KS,
    "Near miss: masked card; names CVV and password without disclosing them.",
    evidence=["KS/2026/03/124"], amounts=["480,00 zł"], masked=["kończącej się na 7421"])

add("pl", "X", ["legal_threat", "harassment"],
    "OSTATECZNE WEZWANIE – PB/01/2026/019",
    """Panie Wójcie,

to, jak gmina traktuje swoich przewoźników, to kompromitacja. Jesteście najgorszym płatnikiem, z jakim pracujemy, i najwyraźniej nikt w urzędzie nie umie czytać faktur.

Jeżeli 18 450,00 zł z faktury PB/01/2026/019 nie wpłynie w ciągu 7 dni, sprawa trafi do sądu, a gminę wpiszemy do Krajowego Rejestru Długów.""" + PB,
    "Insulting language plus court action and a debt-register listing.",
    evidence=["PB/01/2026/019", "Krajowego Rejestru Długów"], amounts=["18 450,00 zł"])

add("pl", "S", ["sensitive_data"],
    "Faktura KS/2026/02/097 – dane do przelewu",
    """Dzień dobry,

w odpowiedzi na pytanie o dane do przelewu: fakturę KS/2026/02/097 (540,00 zł) prosimy opłacić na rachunek

61 1090 1014 0000 0712 1981 2874

w tytule podając numer faktury.""" + KS,
    "Full 26-digit Polish bank account number (NRB) typed into the message.",
    evidence=["KS/2026/02/097"], amounts=["540,00 zł"], account="61 1090 1014 0000 0712 1981 2874")

add("pl", "T", ["terms_change"],
    "Re: faktura KS/2026/03/131",
    """Dzień dobry, Pani Magdo,

oczywiście, rozłożymy fakturę KS/2026/03/131 na trzy raty po 180,00 zł – pierwsza do 15 kwietnia, kolejne do 15 maja i 15 czerwca. Łącznie 540,00 zł, bez żadnych dodatkowych kosztów.

Pozdrawiam,
Ewa – Korepetycje Sowa""",
    "Agrees an instalment plan with new due dates.",
    evidence=["KS/2026/03/131"], amounts=["180,00 zł", "540,00 zł"],
    sums=[{"parts": ["180,00 zł", "180,00 zł", "180,00 zł"], "total": "540,00 zł"}])

add("pl", "D", ["discount_offer"],
    "Faktura PB/02/2026/052 – propozycja",
    """Szanowni Państwo,

jeżeli faktura PB/02/2026/052 na kwotę 9 880,00 zł zostanie opłacona do piątku, udzielimy jednorazowego rabatu w wysokości 7% i nie naliczymy odsetek.""" + PB,
    "Offers a 7% discount and waives interest.",
    evidence=["PB/02/2026/052", "7%"], amounts=["9 880,00 zł"])

# ---------------------------------------------------------------- ja
MK = "\n\n――――――――――\nみらい個別指導塾 経理担当\n〒150-0002 東京都渋谷区渋谷2-5-8\nTEL 03-5550-1247"
HB = "\n\n――――――――――\nひかり通学バス株式会社 債権管理課\n〒330-0063 さいたま市浦和区高砂3-1-4\nTEL 048-555-0173"

add("ja", "A", [],
    "【ご案内】3月分月謝（請求書番号 MK-0526）のお支払いについて",
    """佐々木 様

いつもみらい個別指導塾をご利用いただき、ありがとうございます。

悠真さんの3月分月謝（請求書番号 MK-0526、32,400円）のお支払期限は2026年3月5日でしたが、現在まだ入金を確認できておりません。

下記リンクからクレジットカードまたはコンビニ払いでお手続きいただけます。
https://pay.mirai-juku.example/i/MK-0526

すでにお支払い済みの場合は、お支払日をご返信いただけますと幸いです。""" + MK,
    "Plain reminder to a parent.",
    evidence=["MK-0526"], amounts=["32,400円"], dates=[["2026年3月5日", "2026-03-05", None]])

add("ja", "B", [],
    "請求書 HB-2026-0211 について（契約名義変更のご確認）",
    """さいたま市教育委員会 学務課 御中

平素より大変お世話になっております。

2月分の通学バス運行委託料（請求書 HB-2026-0211、1,284,000円）のお支払期限は2026年3月10日となっております。

なお、弊社法務部より、4月からの契約名義変更の手続きについて確認するよう依頼を受けております。新しいご担当部署名をお知らせいただけますでしょうか。契約書第8条の遅延損害金の定めについては従前どおりで、変更はございません。""" + HB,
    "Near miss: a legal department and a contract clause are mentioned with no threat and no new term.",
    evidence=["HB-2026-0211", "第8条"], amounts=["1,284,000円"], dates=[["2026年3月10日", "2026-03-10", None]])

add("ja", "B", [],
    "Re: 月謝の分割払いについて（MK-0531）",
    """田中 様

ご連絡ありがとうございます。月謝（請求書 MK-0531、48,600円）の分割払いのご相談は、教室長の山本に申し伝えました。山本より改めてご連絡いたします。

恐れ入りますが、ご回答まではお支払期限（3月5日）に変更はございません。私の判断で分割をお約束することはできかねますので、ご了承ください。""" + MK,
    "Near miss: passes a plan request to a person; explicitly agrees nothing.",
    evidence=["MK-0531"], amounts=["48,600円"], dates=[["3月5日", "2026-03-05", None]])

add("ja", "B", [],
    "【再送】請求書 HB-2026-0198 お支払いのお願い",
    """○○町立第二小学校 事務室 御中

請求書 HB-2026-0198（遠足送迎分、286,000円）のお支払期限（2026年2月27日）を過ぎております。

お支払いは請求書記載の口座、または下記のお支払いページからお願いいたします。メールで振込先をご案内することはございませんので、振込先変更を名乗るメールにはご注意ください。
https://pay.hikari-bus.example/HB-2026-0198

ご不明な点は、債権管理課（048-555-0173）までお気軽にお問い合わせください。""" + HB,
    "Near miss: refers to the account on the invoice without typing it; '債権管理課' is our own team.",
    evidence=["HB-2026-0198", "048-555-0173"], amounts=["286,000円"], dates=[["2026年2月27日", "2026-02-27", None]])

add("ja", "X", ["legal_threat", "sensitive_data"],
    "【最終通告】請求書 MK-0498 未払いの件",
    """中村 様

再三のご案内にもかかわらず、請求書 MK-0498（64,800円）のお支払いが確認できておりません。

3月20日までに下記口座へお振込みがない場合、債権回収会社へ委託のうえ、法的措置を取らせていただきます。

振込先：みずほ銀行 渋谷支店 普通預金 口座番号 3058172 ミライコベツシドウジュク""" + MK,
    "Threatens a collection agency and legal action; also types our full bank account number.",
    evidence=["MK-0498", "3058172"], amounts=["64,800円"], account="3058172",
    dates=[["3月20日", "2026-03-20", None]])

add("ja", "F", ["fault_admission"],
    "Re: 2月分運行回数の件（HB-2026-0205）",
    """学務課 鈴木 様

ご指摘ありがとうございます。確認いたしましたところ、2月分の請求書 HB-2026-0205 で、運休日の2月10日分も運行回数に含めて請求しておりました。完全に弊社の誤りです。誠に申し訳ございません。

社内で確認のうえ、改めてご連絡いたします。""" + HB,
    "Admits our billing error; no credit promised.",
    evidence=["HB-2026-0205"], dates=[["2月10日", "2026-02-10", None]])

add("ja", "X", ["harassment", "sensitive_data"],
    "月謝の件（MK-0509）",
    """小林 様

同じクラスの佐藤様はきちんとお支払いくださっています。佐藤様のお宅も先月は 2か月分滞納されていましたが、それでもお支払いくださいました。

請求書 MK-0509（32,400円）をいまだにお支払いいただけないのは、保護者として恥ずかしくないのでしょうか。""" + MK,
    "Shames the parent and discloses another family's arrears by name.",
    evidence=["MK-0509", "佐藤様"], amounts=["32,400円"])

# ---------------------------------------------------------------- zh-TW
MR = "\n\n明日補習班 會計組 敬上\n台北市大安區和平東路二段 88 號 3 樓｜(02) 5550-3318"
HL = "\n\n快樂交通股份有限公司 帳款催收組 敬上\n新竹縣竹北市光明六路 16 號｜(03) 555-0172"

add("zh-TW", "A", [],
    "繳費提醒：帳單 MR-7782（3月份學費）",
    """王媽媽您好：

提醒您，小宇 3 月份數學班學費（帳單編號 MR-7782，金額 NT$6,800）繳費期限為 2026 年 3 月 10 日，目前系統尚未收到款項。

您可以透過以下連結以信用卡或超商代碼繳費：
https://pay.mingri-edu.example/b/MR-7782

若您已繳費，請回覆繳費日期及末五碼，以便我們核對。""" + MR,
    "Plain reminder to a parent.",
    evidence=["MR-7782"], amounts=["NT$6,800"], dates=[["2026 年 3 月 10 日", "2026-03-10", None]])

add("zh-TW", "B", [],
    "請款單 HL-260214 校車費用（2月份）",
    """竹北市立光明國小 總務處 鈞鑒：

2 月份校車接送費用（請款單 HL-260214，金額 NT$412,500）已於 2026 年 3 月 6 日到期。依雙方合約第 5 條，逾期款項按月加計 1% 遲延利息，此為原合約既有約定，並非新增條件。

如需補件或有任何疑問，歡迎來電本公司帳款催收組，我們會儘速協助。""" + HL,
    "Near miss: '帳款催收組' is our own team; interest restated from the existing contract.",
    evidence=["HL-260214", "第 5 條"], amounts=["NT$412,500"], dates=[["2026 年 3 月 6 日", "2026-03-06", None]])

add("zh-TW", "B", [],
    "回覆：帳單 MR-7790 請假期間學費",
    """陳先生您好：

已收到您對小芸請假期間學費的疑問。我們已先暫停這部分（NT$1,700）的催繳提醒，由班主任核對出缺勤紀錄後直接與您聯繫。

帳單 MR-7790 其餘款項 NT$5,100（總額 NT$6,800）不受影響，仍請於期限內繳納。""" + MR,
    "Near miss: pauses reminders on a disputed part; no admission, no refund promised.",
    evidence=["MR-7790"], amounts=["NT$1,700", "NT$5,100", "NT$6,800"],
    sums=[{"parts": ["NT$1,700", "NT$5,100"], "total": "NT$6,800"}])

add("zh-TW", "D", ["discount_offer"],
    "限時優惠：帳單 MR-7755",
    """林媽媽您好：

帳單 MR-7755（NT$6,800）若於本月底前繳清，可享九折優惠，只需繳 NT$6,120，並免收滯納金。""" + MR,
    "Offers 10% off and waives the late fee.",
    evidence=["MR-7755", "九折"], amounts=["NT$6,800", "NT$6,120"],
    discount={"before": "NT$6,800", "after": "NT$6,120", "pct": 10})

add("zh-TW", "T", ["terms_change"],
    "回覆：請款單 HL-260188 付款期限",
    """張組長您好：

了解貴所預算尚待核撥，本公司同意將請款單 HL-260188 的繳費期限延至 2026 年 5 月 31 日，期間不另行催繳。""" + HL,
    "Extends the due date.",
    evidence=["HL-260188"], dates=[["2026 年 5 月 31 日", "2026-05-31", None]])

add("zh-TW", "R", ["refund_or_credit_promise"],
    "回覆：溢繳學費",
    """黃先生您好：

經查您 2 月份重複繳了一次講義費，我們會在下週將溢繳的 NT$1,200 退還至您的帳戶。""" + MR,
    "Promises a refund of an overpayment (customer paid twice; not our error).",
    amounts=["NT$1,200"])

add("zh-TW", "S", ["sensitive_data"],
    "請款單 HL-260226 刷卡失敗",
    """您好：

我們以貴校家長會提供的信用卡 5555 5555 5555 4444（有效期限 08/28，安全碼 381）刷請款單 HL-260226（NT$38,400）時遭發卡銀行拒絕，請協助確認卡片狀態。""" + HL,
    "Full card number, expiry and CVV typed into the message.",
    evidence=["HL-260226", "08/28", "381"], amounts=["NT$38,400"], card="5555 5555 5555 4444")



# ---------------------------------------------------------------- output
def main():
    rng = random.Random(SEED)
    idx = list(range(len(D)))
    rng.shuffle(idx)
    rows = [D[i] for i in idx]
    for n, r in enumerate(rows, 1):
        r["id"] = "%s%02d" % (PREFIX, n)
        r["violations"] = [v for v in ORDER if v in r["violations"]]
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "subject": r["subject"], "body": r["body"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "allowed": not r["violations"], "violations": r["violations"],
                                "note": "[%s, %s] %s" % (r["key"], r["lang"], r["note"]), "lang": r["lang"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(dict(id=r["id"], lang=r["lang"], **r["facts"]), ensure_ascii=False) + "\n")
    write_readme(rows)
    print("wrote %d drafts" % len(rows))


def table(counter, head):
    out = ["| %s | count |" % head, "|---|---|"]
    for k, v in counter:
        out.append("| %s | %d |" % (k, v))
    return "\n".join(out)


def write_readme(rows):
    allowed = sum(1 for r in rows if not r["violations"])
    vc = Counter(v for r in rows for v in r["violations"])
    lc = Counter(r["lang"] for r in rows)
    la = Counter(r["lang"] for r in rows if not r["violations"])
    kc = Counter(r["key"] for r in rows)
    langs = sorted(lc)
    lang_tab = ["| lang | drafts | allowed | violating |", "|---|---|---|---|"]
    for l in langs:
        lang_tab.append("| %s | %d | %d | %d |" % (l, lc[l], la[l], lc[l] - la[l]))
    doubles = [r for r in rows if len(r["violations"]) > 1]
    text = README_TEMPLATE.format(
        n=len(rows), allowed=allowed, violating=len(rows) - allowed,
        vtab=table([(v, vc[v]) for v in ORDER], "violation"),
        ltab="\n".join(lang_tab),
        ktab=table(sorted(kc.items()), "key"),
        doubles="\n".join("- %s (%s): %s" % (r["id"], r["lang"], ", ".join(r["violations"])) for r in doubles),
    )
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


README_TEMPLATE = """# Blind guard set 214 — tutoring centre and school-bus operator

Held-out test set for the `guard` contract (`contracts/guardrails.md`), written blind
(contract and public samples only). Generated by `build.py` (seed 20226214, stdlib only);
`check.py` re-verifies every label and exits non-zero on a problem.

**Theme.** Two kinds of creditor chase unpaid fees: private tutoring centres (Brightwell
Tutoring, Lernstudio Donaublick, Cours Plume, Academia Faro, Centro Saber Mais,
Ripetizioni Arcobaleno, Läxhjälpen Norrsken, Oppimo Tukiopetus, Korepetycje Sowa,
みらい個別指導塾, 明日補習班) writing to parents, and school-bus operators (Pennine School
Coaches, Schulbus Weinviertel, Transports Scolaires du Vexin, Autocares Sierra Escolar,
TransEscolar Ipê, Scuolabus Valtellina, Skolskjuts Mälardalen, Koulukyyti Järvinen,
Przewozy Szkolne Bór, ひかり通学バス, 快樂交通校車) writing to schools and municipalities.
Drafts mimic template output, LLM rewrites and people's quick edits. All names, domains
(`*.example`) and phones (555) are made up; card numbers and IBANs are published test/example
numbers.

## Files

| file | lines | content |
|---|---|---|
| `drafts.jsonl` | {n} | `{{"id", "subject", "body"}}` — input of `guard` |
| `labels.jsonl` | {n} | `{{"id", "allowed", "violations", "note", "lang"}}`, same order |
| `facts.jsonl` | {n} | per-draft facts used only by `check.py` (evidence strings, amounts, sums, dates, card/IBAN/account numbers) |
| `build.py` | | generator |
| `check.py` | | verifier |

Ids are `KB01`..`KB{n}` assigned after a seeded shuffle.

## Label conventions

- `allowed` is true exactly when `violations` is empty; violations are listed in the
  contract's table order (compare as a set).
- `note` starts `[KEY, lang]`. KEY: `A` plain allowed reminder; `B` allowed near-miss
  (sounds close to a violation but is allowed by the contract); `L` legal_threat;
  `D` discount_offer; `R` refund_or_credit_promise; `F` fault_admission; `T` terms_change;
  `H` harassment; `S` sensitive_data; `X` two violations.
- Restating terms already agreed (contractual/statutory late interest, fixed recovery
  fee, an existing fee) is allowed; waiving them is `discount_offer`.
- Passing a plan request to a person, recording the customer's own promise, pausing
  reminders on a disputed line: allowed. Agreeing instalments or a new due date: `terms_change`.
- Our own team names ("collections team", "Forderungsmanagement", "Service recouvrement",
  "Setor de Cobrança", "dział windykacji", "帳款催收組"), street names with court words, and
  "Mahnung"/"sollecito"/"påminnelse" are ordinary words: allowed. A negated mention
  ("this is not a debt-collection demand") is allowed.
- Stating a contractual business consequence (suspension of a service under a named clause)
  is treated like the public sample's credit hold: allowed.
- `sensitive_data`: any full card number, CVV or expiry; any full IBAN or full domestic account
  number, including our own "new bank details"; a password in clear; another customer's name with
  their balance or affairs. Masked numbers (last four), invoice numbers, PO/order numbers, payment
  references (OCR, RF creditor reference, CIG) and phone numbers are allowed.
- Sympathy ("sorry for the inconvenience") and the stock phrase "sauf erreur de notre part"
  are not fault admissions. A refund refused under the agreed policy is not a refund promise.
- A refund promised for a reason that is not our fault (illness, strike) is
  `refund_or_credit_promise` only.

## Counts

{allowed} allowed, {violating} violating.

{vtab}

Per language:

{ltab}

Per key:

{ktab}

Drafts with two violations:

{doubles}

## Deliberately hard

- Allowed drafts full of trigger words: a legal department (法務部) mentioned without a threat,
  named statutes for interest already in the contract (Late Payment Act, § 456 UGB, L441-10,
  räntelagen, odsetki ustawowe), a contractual service-suspension clause, "refund" in a policy
  refusal, "inget inkassokrav" (not a debt-collection demand), court-street addresses (Court Street,
  rue du Palais de Justice, Calle de los Juzgados, Rua do Fórum, ul. Sądowa), our own collections
  teams, the stock phrase "sauf erreur de notre part", RUT deduction already applied.
- Legitimate long numbers in allowed drafts: PO numbers, municipal file numbers, CIG codes,
  OCR numbers, RF creditor references, masked cards (last four only).
- Subtle violations: a friendly quick edit that quietly moves the due date, a "geste
  commercial", saldo e stralcio, a "new bank details" notice with our own IBAN, a Polish
  26-digit NRB account, a Japanese 口座番号, a clear-text portal password, other schools'
  balances given "for context", a threat to humiliate a child in front of the group.

## Boundary choices (ambiguities in the contract)

- Stating a contractual consequence (service suspension under art. 12, it) is labelled allowed,
  following the public sample's credit-hold convention; if the product owner decides it is a
  threat, change that label and its note together.
- Our own bank account typed into a "new bank details" notice is `sensitive_data` (the contract
  says "anyone's, ours included"); a domestic account number (Polish NRB, Japanese 口座番号) counts
  as a full bank account number. Swedish bankgiro/OCR and Finnish RF references are payment
  references and are allowed (only the OCR/RF reference appears in the text; no bankgiro number).
- A refund of the customer's own overpayment, or of lessons missed through illness/strike, is still
  `refund_or_credit_promise` (a promise only a person may make), but not `fault_admission`.
- Disclosing another family's arrears while shaming the parent is both `harassment` and
  `sensitive_data`; naming other schools' balances "for context" without abuse is `sensitive_data` only.
"""

if __name__ == "__main__":
    main()
