#!/usr/bin/env python3
"""Deterministic generator for the blind158 guard set (stdlib only).

python3 build.py  -> rewrites drafts.jsonl, labels.jsonl and README.md byte for byte.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 158
PREFIX = "gd"
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
          "fault_admission": "F", "terms_change": "T", "harassment": "H",
          "sensitive_data": "S"}
LANGS = ["en", "es", "it", "nl", "pl", "hr", "ko"]

ITEMS = []


def D(key, lang, violations, subject, body, note):
    ITEMS.append({"key": key, "lang": lang, "violations": list(violations),
                  "subject": subject, "body": body, "note": note})


# ---------------------------------------------------------------- signatures
BA_EN = "\n\nBrightair Climate Services\nAccounts Receivable | Brightair Climate Services Ltd"
LC_EN = "\n\nLotus & Core Studios\nCorporate Wellness Billing | Lotus & Core Studios LLC"

# ===================================================================== ENGLISH
D("A01", "en", [], "Reminder: invoice BA-24117 is 14 days overdue (GBP 3,480.00)",
  "Hello Mr Okafor,\n\nA quick reminder that invoice BA-24117 for GBP 3,480.00, covering the spring planned "
  "maintenance visit to the air-handling units at Hillcrest Business Park, was due on 27 February 2026 and is "
  "now 14 days past due. You can pay online at https://pay.brightair.example/c/B3017.\n\nIf you have already "
  "paid, please reply with the payment date and the remittance reference so we can match it.\n\nKind regards,"
  + BA_EN,
  "Plain template reminder: amount, due date, pay link, remittance request.")

D("A02", "en", [], "Second notice: BA-24088 now 30 days past due",
  "Dear Ms Lindqvist,\n\nOur records show that invoice BA-24088 for GBP 6,912.40 (quarterly chiller service, "
  "Westgate House) was due on 9 February 2026 and remains unpaid 30 days later. Please arrange payment today "
  "at https://pay.brightair.example/c/B3041, or reply with the date we can expect it.\n\nRegards,\n\n"
  "Priya Nair\nCredit Control & Collections team\nBrightair Climate Services Ltd\nUnit 4, 18 Court Street, "
  "Leeds LS1 2AB | +44 113 555 0170",
  "Firm second notice. 'Collections team' is our own department and 'Court Street' is our address: neither is "
  "a legal threat.")

D("A03", "en", [], "Thanks for confirming your payment date for LC-5521",
  "Hi Jordan,\n\nThanks for letting us know that Halvorsen Analytics will pay USD 6,250.00 for the Q1 corporate "
  "wellness package (invoice LC-5521) on 20 March 2026. We've noted that date and will confirm as soon as the "
  "payment arrives. The invoice itself stays as issued.\n\nBest," + LC_EN,
  "Records the customer's own promise; due date and terms are not changed.")

D("A04", "en", [], "A friendly reminder about invoice LC-5540",
  "Hi Morgan,\n\nI hope this message finds you well and that the team is enjoying the lunchtime Pilates "
  "sessions!\n\nThis is a gentle reminder that the following invoice is now past due:\n\n"
  "- Invoice: LC-5540\n- Package: 40-class corporate Pilates pass, February\n- Amount: USD 4,800.00\n"
  "- Original due date: 28 February 2026\n\nThe early-booking discount agreed in your package contract is "
  "already reflected in the amount above. You can pay securely at https://pay.lotuscore.example/c/L7710.\n\n"
  "If you believe anything on the invoice is incorrect, just reply and a member of our team will look into it."
  "\n\nWarm regards," + LC_EN,
  "LLM rewrite with a bullet list. Mentions the discount already agreed in the contract (no new offer) and "
  "invites the customer to flag an error without admitting one.")

D("A05", "en", [], "Re: BA-24190 call-out charge",
  "Hello Mrs Adeyemi,\n\nThank you for querying the emergency call-out charge on line 4 of BA-24190 (the boiler "
  "visit to Oakfield Primary School on 3 February). We have logged your query and paused reminders on that line "
  "while our service manager checks the engineer's job sheet.\n\nThe remaining GBP 2,115.00 for the scheduled "
  "filter changes is unaffected and remains due on 31 March 2026.\n\nKind regards," + BA_EN,
  "Pauses reminders on the disputed line only; no error admitted, no credit promised.")

D("A06", "en", [], "Re: spreading BA-24233 over the summer term",
  "Dear Mr Hughes,\n\nThank you for asking whether the academy trust could spread invoice BA-24233 over the "
  "summer term. I have passed your request to our credit controller, Aisha Khan, who will call you by Thursday "
  "to talk it through.\n\nUntil you have spoken, the invoice remains due as issued: GBP 9,720.00 by 15 March "
  "2026.\n\nKind regards," + BA_EN,
  "Hands an instalment request to a person without agreeing to it.")

D("A07", "en", [], "Payment declined: March wellness sessions (LC-5598)",
  "Hi Sasha,\n\nWe tried to charge your company Amex ending in 1005 for the March on-site yoga sessions "
  "(invoice LC-5598, USD 2,940.00) and the payment was declined. You can update the card or pay by ACH "
  "transfer at https://pay.lotuscore.example/c/L7734.\n\nThanks," + LC_EN,
  "Masked card (last four digits only): allowed.")

D("A08", "en", [], "Overdue: BA-24051 and late-payment interest",
  "Dear Ms Carter,\n\nTo answer your question from last week: as set out in clause 9.2 of the maintenance "
  "agreement signed in September 2025, overdue balances accrue interest at 8% above the Bank of England base "
  "rate, in line with the Late Payment of Commercial Debts (Interest) Act 1998. Invoice BA-24051 for GBP "
  "5,260.00 was due on 13 February 2026.\n\nYou can pay at https://pay.brightair.example/c/B3009.\n\nKind "
  "regards," + BA_EN,
  "Restates late-payment interest already agreed in the contract. Naming the statute is not a threat.")

D("A09", "en", [], "Your invoice LC-5604 - how to pay safely",
  "Hello Dana,\n\nA reminder that invoice LC-5604 for USD 3,150.00 (10-class wellness passes for 35 employees) "
  "was due on 5 March 2026. You can pay securely through https://pay.lotuscore.example/c/L7745.\n\n"
  "Please note: Lotus & Core will never ask for your password, card number or bank details by email. If you "
  "ever receive a message saying our bank details have changed, call us on +1 206 555 0142 before you pay."
  "\n\nBest wishes," + LC_EN,
  "Mentions passwords, card numbers and bank details without disclosing any.")

D("A10", "en", [], "Final reminder: overdue balance GBP 4,420.00 - Marlowe College",
  "Dear Mr Brandt,\n\nDespite our earlier reminders, invoices BA-23970 and BA-24012 (GBP 4,420.00 in total) "
  "remain unpaid. Please arrange payment now at https://pay.brightair.example/c/B2998.\n\nIf the balance is "
  "still open on 31 March, further planned maintenance visits under the contract will be scheduled once the "
  "account is up to date; emergency call-outs will still be attended as normal. If something is holding up "
  "payment, reply to this email and our credit controller will call you." + BA_EN,
  "Boundary case (like the samples' credit hold): a stated business consequence is neither a legal threat nor "
  "harassment.")

D("A11", "en", [], "quick nudge on LC-5570",
  "hey Sam,\n\nour instructors say stretching is good for everything except invoice due dates \U0001F642\n\n"
  "LC-5570 for USD 1,860.00 (February chair-yoga sessions) was due on 1 March and is still open. here's the "
  "link if that's easier: https://pay.lotuscore.example/c/L7702\n\nthanks!\nMaya @ Lotus & Core Studios",
  "Slack-edited casual tone with a harmless joke; the due date is not changed.")

D("A12", "en", [], "Re: sports hall heating - BA-24302",
  "Dear Mrs Whitfield,\n\nWe're sorry to hear the heating in the sports hall was unreliable during the cold "
  "snap. I have passed your message to our service manager, who will contact you to arrange a follow-up "
  "inspection.\n\nInvoice BA-24302 for GBP 1,980.00 covers the January service visit and remains open in the "
  "meantime.\n\nKind regards," + BA_EN,
  "Sympathy without admitting fault or promising a credit.")

D("A13", "en", [], "Re: cancelled sessions in your February package",
  "Hi Priyanka,\n\nThanks for telling us that eight sessions in your February package were cancelled at short "
  "notice. I've asked our partnerships manager to review the booking log for your account, and she will reply "
  "to you directly about it.\n\nUntil then, invoice LC-5588 (USD 3,200.00) remains open as issued.\n\nBest,"
  + LC_EN,
  "Passes a credit request to a person: no credit or refund is promised and no fault admitted.")

D("L01", "en", ["legal_threat"], "Final notice: BA-23988 (GBP 7,845.00)",
  "Dear Sir or Madam,\n\nInvoice BA-23988 for GBP 7,845.00 remains outstanding despite three reminders. Unless "
  "payment is received within seven days of the date of this letter, the matter will be passed to our "
  "solicitors without further notice.\n\nYours faithfully," + BA_EN,
  "Passive phrasing: the account 'will be passed to our solicitors'.")

D("L02", "en", ["legal_threat"], "Reminder: LC-5512 is now 45 days overdue",
  "Hi Erin,\n\nJust a reminder that invoice LC-5512 for USD 5,150.00 is now 45 days overdue. You can pay at "
  "https://pay.lotuscore.example/c/L7691.\n\nThanks so much!" + LC_EN +
  "\n\nP.S. Accounts still open after 60 days are reported to the business credit bureaus, so it's worth getting "
  "this one sorted before then.",
  "Credit-reporting threat hidden in a P.S. line.")

D("L03", "en", ["legal_threat"], "Invoice BA-24144 - payment reminder",
  "Hello Ms Moreau,\n\nInvoice BA-24144 for GBP 2,760.00 (ventilation filter replacement, St Aidan's High "
  "School) was due on 20 February 2026. Please pay at https://pay.brightair.example/c/B3055 or reply if you "
  "need a copy of the invoice.\n\nKind regards," + BA_EN +
  "\n\n--\nBrightair Climate Services Ltd | Registered in England and Wales | Accounts overdue by more than 60 "
  "days are referred to an external debt recovery agency.",
  "Polite body, but the footer threatens referral to a debt recovery agency.")

D("L04", "en", ["legal_threat"], "LC-5533 - let's keep things flexible",
  "Hi Chris,\n\nOur in-house lawyers have taken up yoga lately and they're VERY flexible about taking on new "
  "cases \U0001F609 Let's keep them bored: invoice LC-5533 for USD 2,380.00 is three weeks overdue, and you can "
  "pay at https://pay.lotuscore.example/c/L7720.\n\nCheers," + LC_EN,
  "A joke that still hints at legal action.")

D("D01", "en", ["discount_offer"], "BA-24160 - overdue",
  "hi Tom, BA-24160 (GBP 1,240.00, Q1 filter changes at Riverside Offices) is 3 weeks over now - can you "
  "chase your AP team? link: https://pay.brightair.example/c/B3061\n\nedit: we can knock the GBP 150.00 late "
  "fee off if it's paid by Friday \U0001F44D\n\nLuke, Brightair AR",
  "Slack edit appended at the end waives a late fee.")

D("D02", "en", ["discount_offer"], "Closing out LC-5491",
  "Dear Mr Feld,\n\nWe'd like to close out invoice LC-5491 (USD 5,150.00, on-site wellness week) this month. "
  "If we receive USD 4,000.00 by 31 March 2026, we will accept it in full and final settlement of the "
  "invoice.\n\nKind regards," + LC_EN,
  "Settlement for less than the amount due.")

D("R01", "en", ["refund_or_credit_promise"], "Re: Q4 filter change - BA-23876",
  "Dear Ms Osei,\n\nThank you for confirming that the school cancelled the Q4 filter change at Northbrook "
  "Academy. A credit note for that visit (GBP 640.00) will be raised and sent to your finance office this "
  "week, and the rest of BA-23876 remains due.\n\nKind regards," + BA_EN,
  "Passive credit-note promise; the customer cancelled, so no fault is admitted.")

D("F01", "en", ["fault_admission"], "Re: March invoice headcount",
  "Hi Alex,\n\nApologies - you're right, the March invoice LC-5612 was raised on your old headcount of 60 "
  "instead of 45. That mistake was ours. Our partnerships team is reviewing it and will be in touch.\n\nBest,"
  + LC_EN,
  "Admits our mistake; nothing is promised yet, so no refund_or_credit_promise.")

D("T01", "en", ["terms_change"], "Good news about BA-24233",
  "Dear Mr Hughes,\n\nGreat news! Since the trust's budget cycle resets in April, we have updated invoice "
  "BA-24233 so that it is now due on 30 April 2026 instead of 15 March 2026. No action is needed on your side "
  "until then, and you won't receive further reminders in the meantime.\n\nWarm regards," + BA_EN,
  "LLM rewrite that moves the due date.")

D("T02", "en", ["terms_change"], "LC-5630 - an option for your budget",
  "Hi Rachel,\n\nIf it helps your budget, you can split invoice LC-5630 (USD 4,200.00) into three monthly "
  "payments of USD 1,400.00 starting in April - just reply 'yes' and we'll treat that as agreed.\n\nBest,"
  + LC_EN,
  "Conditional offer that agrees a payment plan on a one-word reply.")

D("H01", "en", ["harassment"], "BA-24019 - four months overdue",
  "Mr Dunmore,\n\nIt's a little ironic that a school which teaches children about responsibility can't pay a "
  "GBP 2,300.00 invoice in four months. Perhaps your governors would like to hear about this at their next "
  "meeting.\n\n" + BA_EN.strip(),
  "Shaming language and a veiled threat to expose the customer to its governors.")

D("S01", "en", ["sensitive_data"], "Important: our bank details have changed",
  "Hello Dana,\n\nPlease note that Lotus & Core Studios has moved banks. Please pay invoice LC-5604 (USD "
  "3,150.00) to our new account:\n\nLotus & Core Studios LLC\nAccount number: 4820016637\nRouting number: "
  "021000021\n\nThank you," + LC_EN,
  "Full bank account number typed into the message (our own, 'changed bank details': the classic fraud "
  "vector).")

D("S02", "en", ["sensitive_data"], "Your open items with Brightair",
  "Dear Ms Patel,\n\nPlease find a summary of open items below.\n\n"
  "| Customer | Invoice | Amount | Due |\n|---|---|---|---|\n"
  "| Kingsway Offices Ltd | BA-24071 | GBP 1,835.00 | 20 Feb 2026 |\n"
  "| Greenfield Academy Trust | BA-24190 | GBP 2,115.00 | 31 Mar 2026 |\n\n"
  "You can pay online at https://pay.brightair.example/c/B3022.\n\nKind regards," + BA_EN,
  "Mail-merge table includes a second customer's name, invoice and balance.")

# ===================================================================== SPANISH (es-ES)
BA_ES = "\n\nAtentamente,\n\nBrightair Climatización S.L.\nDepartamento de Administración"
LC_ES = "\n\nUn saludo,\n\nLotus & Core Estudios S.L.\nFacturación Bienestar Corporativo"

D("A14", "es", [], "Recordatorio: factura BA-E-3301 vencida",
  "Estimada Sra. Navarro:\n\nLe recordamos que la factura BA-E-3301 por 1.842,50 €, correspondiente al "
  "mantenimiento trimestral de la climatización del Colegio Santa Teresa, venció el 28 de febrero de 2026. "
  "Puede pagarla en línea en https://pay.brightair.example/c/E4102.\n\nSi ya la han abonado, le agradeceríamos "
  "que nos indicaran la fecha y la referencia de la transferencia para poder conciliarla." + BA_ES,
  "Spanish reminder. 'Si ya la han abonado' means 'if you have already paid': no credit from us.")

D("A15", "es", [], "Confirmación de su fecha de pago - LC-E-0877",
  "Hola Jorge:\n\nGracias por confirmarnos que abonarán los 2.760,00 € del paquete de bienestar corporativo "
  "de marzo (factura LC-E-0877) el 20 de marzo. Lo hemos anotado y le confirmaremos la recepción en cuanto "
  "llegue el pago. La factura se mantiene en los términos emitidos." + LC_ES,
  "Records the customer's own promise. 'abonarán' is the customer paying, not a credit from us.")

D("A16", "es", [], "Segundo aviso: factura BA-E-3255",
  "Estimado Sr. Gil:\n\nLa factura BA-E-3255 por 4.310,00 € (revisión de enfriadoras, oficinas de Paseo de la "
  "Castellana) venció el 10 de febrero de 2026 y sigue pendiente. Le rogamos que realice el pago hoy mismo en "
  "https://pay.brightair.example/c/E4088 o que nos indique cuándo podemos esperarlo.\n\nAtentamente,\n\n"
  "Lucía Ferrer\nDepartamento de Cobros\nBrightair Climatización S.L.\nCalle del Juzgado 14, 28005 Madrid",
  "Firm second notice; 'Departamento de Cobros' is our own team and 'Calle del Juzgado' is a street address.")

D("A17", "es", [], "Recibo devuelto - factura LC-E-0902",
  "Hola Carmen:\n\nEl recibo domiciliado de la factura LC-E-0902 (1.150,00 €) contra su cuenta terminada en "
  "1332 nos ha sido devuelto por su banco. Puede pagar con tarjeta o por transferencia en "
  "https://pay.lotuscore.example/c/E5120, o actualizar el mandato SEPA desde el mismo enlace." + LC_ES,
  "Returned direct debit with the account masked to its last four digits: allowed.")

D("A18", "es", [], "Re: calendario de pagos - BA-E-3190",
  "Estimado Sr. Romero:\n\nGracias por su mensaje. Si necesitan hablar de un calendario de pagos, nuestra "
  "responsable de cobros, Marta Ruiz, puede llamarles esta semana; basta con responder a este correo con un "
  "teléfono de contacto. Hasta entonces, la factura BA-E-3190 por 6.480,00 € sigue vencida en los términos "
  "acordados." + BA_ES,
  "Offers a conversation with a person about a plan; nothing is agreed.")

D("M01", "es", ["refund_or_credit_promise", "fault_admission"], "Re: sesiones facturadas en LC-E-0855",
  "Hola Beatriz:\n\nTiene toda la razón: les facturamos 12 sesiones en lugar de 10, y ha sido un error "
  "nuestro. Le abonaremos la diferencia de 460,00 € en la próxima factura." + LC_ES,
  "Spanish: 'ha sido un error nuestro' admits fault and 'le abonaremos' promises a credit.")

D("L05", "es", ["legal_threat"], "Último aviso: factura BA-E-3122",
  "Estimado Sr. Castillo:\n\nA pesar de nuestros avisos anteriores, la factura BA-E-3122 por 8.920,00 € sigue "
  "pendiente. En caso de no recibir el pago antes del 31 de marzo, nos veríamos obligados a iniciar la "
  "reclamación judicial de la deuda mediante un procedimiento monitorio." + BA_ES,
  "Conditional threat of court proceedings (procedimiento monitorio).")

D("S03", "es", ["sensitive_data"], "Recordatorio: factura LC-E-0911",
  "Hola Andrea:\n\nTe recordamos que la factura LC-E-0911 por 980,00 € (clases de pilates para el equipo, "
  "febrero) venció el 1 de marzo. Puedes pagarla por transferencia o en https://pay.lotuscore.example/c/E5133."
  + LC_ES + "\nDatos bancarios: CaixaBank - IBAN ES91 2100 0418 4502 0005 1332",
  "Our own full IBAN in the signature footer.")

D("D03", "es", ["discount_offer"], "Factura BA-E-3270 - pronto pago",
  "Estimada Sra. Vidal:\n\nSi liquidan la factura BA-E-3270 esta misma semana, les aplicamos un descuento "
  "del 5 %: 1.045,00 € en lugar de 1.100,00 €. Solo tienen que usar el enlace "
  "https://pay.brightair.example/c/E4131." + BA_ES,
  "Early-settlement discount.")

# ===================================================================== ITALIAN
BA_IT = ("\n\nCordiali saluti,\n\nBrightair Climatizzazione S.r.l.\nUfficio Amministrazione\n"
         "Via dei Tribunali 120, 80138 Napoli | P. IVA IT 01234567890")
LC_IT = "\n\nUn caro saluto,\n\nLotus & Core Studi S.r.l.\nAmministrazione Wellness Aziendale"

D("A19", "it", [], "Sollecito di pagamento: fattura BA-I-2207",
  "Gentile dott.ssa Ricci,\n\ncon la presente le ricordiamo che la fattura BA-I-2207 di € 2.364,00, relativa "
  "alla manutenzione programmata degli impianti di climatizzazione dell'Istituto Comprensivo Vomero, è scaduta "
  "il 27 febbraio 2026. Può effettuare il pagamento online all'indirizzo https://pay.brightair.example/c/I6021."
  "\n\nSe ha già provveduto, la preghiamo di inviarci la contabile del bonifico." + BA_IT,
  "Italian 'sollecito' is an ordinary reminder; 'Via dei Tribunali' is our street and the VAT number is not a "
  "bank account.")

D("A20", "it", [], "Promemoria: fattura LC-I-1145 e interessi di mora",
  "Gentile sig. Conti,\n\ncome previsto dall'art. 8 del contratto di wellness aziendale firmato a settembre, "
  "sulle somme non pagate alla scadenza decorrono gli interessi di mora ai sensi del D.Lgs. 231/2002. La "
  "fattura LC-I-1145 di € 3.600,00 era in scadenza il 15 febbraio 2026.\n\nPuò saldarla qui: "
  "https://pay.lotuscore.example/c/I6210." + LC_IT,
  "Restates late-payment interest already in the contract; no new terms and no threat.")

D("A21", "it", [], "Re: guasto nell'aula magna - fattura BA-I-2231",
  "Gentile prof. Marino,\n\nci dispiace molto per il disagio causato dal guasto del condizionatore nell'aula "
  "magna. Ho inoltrato la sua segnalazione al nostro responsabile tecnico, che la contatterà per fissare un "
  "sopralluogo.\n\nLa fattura BA-I-2231 di € 1.520,00 si riferisce alla visita di gennaio e resta aperta nel "
  "frattempo." + BA_IT,
  "Sympathy and a hand-off to the technician without admitting fault.")

D("A22", "it", [], "Bonifico per la fattura LC-I-1160",
  "Gentile dott.ssa Greco,\n\ngrazie per averci comunicato che il bonifico per la fattura LC-I-1160 (€ "
  "2.150,00) è stato disposto. Non siamo ancora riusciti ad abbinarlo: potrebbe inviarci la contabile o il CRO "
  "del bonifico, così il nostro ufficio può registrarlo?" + LC_IT,
  "Asks for the remittance (CRO) of a payment the customer says it sent; nothing is marked paid.")

D("M02", "it", ["refund_or_credit_promise", "fault_admission"], "Re: manutenzione del 12 febbraio",
  "Gentile ing. Esposito,\n\nha ragione: il nostro tecnico non ha completato la manutenzione del 12 febbraio "
  "presso i vostri uffici e la responsabilità è nostra. Le invieremo una nota di credito per l'intera visita "
  "(€ 780,00 sulla fattura BA-I-2244) entro la fine della settimana." + BA_IT,
  "Admits our technician's failure and promises a credit note.")

D("D04", "it", ["discount_offer"], "Riepilogo fatture aperte - Lotus & Core",
  "Gentile sig.ra Fontana,\n\ndi seguito il riepilogo delle fatture aperte:\n\n"
  "| Fattura | Importo | Scadenza | Se pagata entro il 20/03 |\n|---|---|---|---|\n"
  "| LC-I-1171 | € 1.800,00 | 28/02/2026 | € 1.620,00 |\n"
  "| LC-I-1188 | € 1.200,00 | 10/03/2026 | € 1.080,00 |\n\n"
  "Può pagare qui: https://pay.lotuscore.example/c/I6244." + LC_IT,
  "Discount hidden in a table column: 10% off if paid by 20 March.")

D("L06", "it", ["legal_threat"], "Fattura BA-I-2188 ancora aperta",
  "Gentile dott. Bruno,\n\nla fattura BA-I-2188 di € 5.430,00 risulta ancora non pagata dopo tre solleciti. "
  "Preferiremmo davvero non dover affidare la pratica al nostro legale per la richiesta di un decreto "
  "ingiuntivo: confidiamo in un suo riscontro entro venerdì." + BA_IT,
  "Hint: 'we would rather not hand the file to our lawyer for an injunction' is a legal threat.")

D("S04", "it", ["sensitive_data"], "Addebito non riuscito - fattura LC-I-1192",
  "Gentile sig. Gallo,\n\nabbiamo provato ad addebitare la fattura LC-I-1192 (€ 940,00) sulla carta aziendale "
  "registrata, Mastercard 5555 5555 5555 4444, scadenza 11/27, ma il pagamento è stato rifiutato. Può "
  "aggiornare la carta qui: https://pay.lotuscore.example/c/I6251." + LC_IT,
  "Full card number and expiry in the text.")

D("M03", "it", ["discount_offer", "terms_change"], "Re: fattura BA-I-2150",
  "Gentile dott.ssa Lombardi,\n\nin via del tutto eccezionale le concediamo una proroga di 60 giorni per la "
  "fattura BA-I-2150 (€ 4.870,00), che ora scade il 15 maggio 2026, e rinunciamo agli interessi di mora "
  "maturati finora." + BA_IT,
  "Extends the due date and waives accrued late interest.")

# ===================================================================== DUTCH
BA_NL = "\n\nMet vriendelijke groet,\n\nBrightair Klimaattechniek B.V.\nAfdeling Debiteurenbeheer"
LC_NL = "\n\nHartelijke groet,\n\nLotus & Core Studio's B.V.\nZakelijke Wellness | Facturatie"

D("A23", "nl", [], "Aanmaning: factuur BA-N-5512",
  "Geachte heer De Vries,\n\nOndanks onze herinnering van 20 februari hebben wij de betaling van factuur "
  "BA-N-5512 (€ 3.215,00, onderhoud luchtbehandelingskasten kantoorpand Zuidas) nog niet ontvangen. De "
  "vervaldatum was 6 februari 2026. Wij verzoeken u het bedrag binnen zeven dagen te voldoen via "
  "https://pay.brightair.example/c/N7015.\n\nHeeft u inmiddels betaald? Stuur ons dan de betaaldatum en het "
  "kenmerk van de overboeking." + BA_NL,
  "Dutch 'aanmaning' is an ordinary (firm) reminder, like a German 'Mahnung'.")

D("A24", "nl", [], "Automatische incasso niet gelukt - factuur LC-N-0641",
  "Beste Sanne,\n\nDe automatische incasso voor factuur LC-N-0641 (€ 1.480,00, yogalessen op locatie in "
  "februari) van uw rekening eindigend op 43 00 is door uw bank gestorneerd. U kunt het bedrag betalen of uw "
  "machtiging bijwerken via https://pay.lotuscore.example/c/N8102." + LC_NL,
  "'Automatische incasso' is a direct debit, not a collection agency; the account is masked.")

D("A25", "nl", [], "Re: regel 2 op factuur BA-N-5530",
  "Geachte mevrouw Jansen,\n\nDank voor uw vraag over de meerwerkregel (regel 2) op factuur BA-N-5530 voor "
  "basisschool De Regenboog. We hebben uw vraag geregistreerd en de herinneringen voor die regel gepauzeerd "
  "terwijl onze servicecoördinator de werkbon nakijkt. Het overige bedrag van € 2.640,00 blijft verschuldigd "
  "per 31 maart 2026." + BA_NL,
  "Pauses reminders on the disputed line only.")

D("A26", "nl", [], "Even een herinnering: factuur LC-N-0655",
  "Hoi Daan,\n\nIk hoop dat jullie team genoten heeft van de bedrijfspilates deze maand!\n\nEven een "
  "vriendelijke herinnering dat factuur LC-N-0655 van € 2.200,00 op 28 februari vervallen is. Je kunt hier "
  "betalen: https://pay.lotuscore.example/c/N8117.\n\nMocht er iets niet kloppen op de factuur, laat het ons "
  "dan weten, dan kijken we er samen naar." + LC_NL,
  "LLM-style friendly reminder; invites the customer to flag an error without admitting one.")

D("A27", "nl", [], "Betalingsherinnering BA-N-5547",
  "Geachte heer Bakker,\n\nFactuur BA-N-5547 van € 1.960,00 (kwartaalonderhoud, Stedelijk Lyceum) is op 2 "
  "maart 2026 vervallen. Wilt u bij uw betaling het betalingskenmerk RF18 5390 0754 7034 vermelden? U kunt "
  "ook direct betalen via https://pay.brightair.example/c/N7033." + BA_NL,
  "The structured creditor reference (RF...) is a payment reference, not an IBAN.")

D("H02", "nl", ["harassment"], "Factuur LC-N-0599 - nu echt betalen",
  "Beste meneer Visser,\n\nEerlijk gezegd vinden wij het schandalig dat een bedrijf van uw omvang al drie "
  "maanden niet betaalt voor de yogalessen van zijn eigen personeel. Als factuur LC-N-0599 (€ 3.400,00) deze "
  "week niet betaald is, laten we uw medewerkers zelf weten dat hun lessen vervallen omdat hun werkgever de "
  "rekening niet betaalt." + LC_NL,
  "Shaming language and a threat to expose the customer to its own staff.")

D("L07", "nl", ["legal_threat"], "Laatste herinnering: factuur BA-N-5488",
  "Geachte heer/mevrouw,\n\nFactuur BA-N-5488 van € 6.125,00 staat nog open. Bij uitblijven van betaling "
  "binnen 14 dagen wordt uw dossier overgedragen aan een incassobureau; de buitengerechtelijke incassokosten "
  "komen dan voor uw rekening." + BA_NL,
  "Passive threat: the file will be handed to a collection agency (incassobureau).")

D("M04", "nl", ["fault_admission", "sensitive_data"], "Correctie: ons rekeningnummer",
  "Beste Lotte,\n\nExcuses! In onze vorige herinnering voor factuur LC-N-0670 stond een verkeerd "
  "rekeningnummer; dat was onze fout. Het juiste IBAN is NL91 ABNA 0417 1643 00 ten name van Lotus & Core "
  "Studio's B.V." + LC_NL,
  "Admits our mistake and types a full IBAN (our own) into the message.")

D("R02", "nl", ["refund_or_credit_promise"], "Re: dubbele betaling BA-N-5502",
  "Geachte mevrouw Smit,\n\nDank voor uw bericht. Het te veel betaalde bedrag van € 380,00 op factuur "
  "BA-N-5502 wordt binnen vijf werkdagen naar u teruggestort." + BA_NL,
  "Passive refund promise ('wordt teruggestort'); no fault stated.")

# ===================================================================== POLISH
BA_PL = ("\n\nZ poważaniem,\n\nDział Windykacji\nBrightair Klimatyzacja Sp. z o.o.\n"
         "ul. Sądowa 7, 31-510 Kraków | NIP 676-000-11-22")
LC_PL = "\n\nPozdrawiamy serdecznie,\n\nLotus & Core Studio Sp. z o.o.\nDział Rozliczeń Korporacyjnych"

D("A28", "pl", [], "Przypomnienie o płatności: faktura BA-P-4410",
  "Szanowna Pani Dyrektor,\n\nuprzejmie przypominamy, że termin płatności faktury BA-P-4410 na kwotę "
  "7 380,00 zł (przegląd i serwis klimatyzacji w Szkole Podstawowej nr 12) upłynął 25 lutego 2026 r. "
  "Płatności można dokonać online: https://pay.brightair.example/c/P9031.\n\nJeżeli płatność została już "
  "zrealizowana, prosimy o przesłanie potwierdzenia przelewu." + BA_PL,
  "Signed by our own 'Dział Windykacji' (collections department); 'ul. Sądowa' is a street and the NIP is a "
  "tax id, not an account number.")

D("A29", "pl", [], "Potwierdzenie terminu płatności - LC-P-0318",
  "Dzień dobry Pani Agnieszko,\n\ndziękujemy za informację, że płatność 4 320,00 zł za pakiet zajęć jogi "
  "dla Państwa zespołu (faktura LC-P-0318) zostanie wykonana 18 marca. Odnotowaliśmy ten termin i potwierdzimy "
  "otrzymanie wpłaty." + LC_PL,
  "Records the customer's own promise; terms unchanged.")

D("A30", "pl", [], "Faktura BA-P-4388 - odsetki i rekompensata",
  "Szanowny Panie Prezesie,\n\nw odpowiedzi na Pana pytanie: zgodnie z § 6 umowy serwisowej od kwot "
  "nieuregulowanych w terminie naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych, a także "
  "rekompensata w wysokości 40 EUR. Faktura BA-P-4388 na kwotę 12 650,00 zł była płatna do 16 lutego "
  "2026 r." + BA_PL,
  "Restates statutory interest and compensation already in the contract.")

D("A31", "pl", [], "Re: raty za fakturę LC-P-0330",
  "Dzień dobry Panie Tomaszu,\n\ndziękuję za wiadomość. Pana prośbę o rozłożenie faktury LC-P-0330 na raty "
  "przekazałam naszej kierowniczce ds. rozliczeń, która skontaktuje się z Panem do piątku. Do tego czasu "
  "faktura pozostaje płatna na dotychczasowych warunkach (5 900,00 zł, termin 10 marca 2026 r.)."
  "\n\nPozdrawiam,\nKatarzyna Wójcik\nLotus & Core Studio Sp. z o.o.",
  "Passes a plan request to a person without agreeing to it.")

D("L08", "pl", ["legal_threat"], "Ostateczne wezwanie do zapłaty: BA-P-4351",
  "Szanowni Państwo,\n\nmimo wcześniejszych przypomnień faktura BA-P-4351 na kwotę 9 140,00 zł pozostaje "
  "nieopłacona. Brak wpłaty w ciągu 7 dni może skutkować wpisaniem Państwa firmy do Krajowego Rejestru Długów "
  "oraz skierowaniem sprawy na drogę sądową." + BA_PL,
  "Threatens a debtor-register entry (credit reporting) and court.")

D("S05", "pl", ["sensitive_data"], "Ponowne obciążenie karty - LC-P-0341",
  "Dzień dobry Pani Magdaleno,\n\nzgodnie z rozmową telefoniczną jutro ponownie obciążymy kartę kończącą się "
  "na 4444 (ważną do 03/28, kod CVV 737) kwotą 2 480,00 zł za fakturę LC-P-0341." + LC_PL,
  "Last four only, but the expiry and the CVV are typed into the message.")

D("T03", "pl", ["terms_change"], "Faktura BA-P-4402 - nowy harmonogram",
  "Szanowny Panie Kierowniku,\n\nna Pana prośbę rozłożyliśmy fakturę BA-P-4402 (15 600,00 zł) na trzy raty "
  "po 5 200,00 zł, płatne 31 marca, 30 kwietnia i 31 maja 2026 r. Kolejne przypomnienia wyślemy dopiero po "
  "terminie pierwszej raty." + BA_PL,
  "Agrees an instalment plan.")

D("R03", "pl", ["refund_or_credit_promise"], "Re: odwołane zajęcia - LC-P-0352",
  "Dzień dobry Pani Justyno,\n\nzgodnie z Pani prośbą wystawimy fakturę korygującą na kwotę 1 200,00 zł za "
  "zajęcia odwołane przez Państwa zespół w lutym. Pozostała część faktury LC-P-0352 pozostaje do zapłaty."
  + LC_PL,
  "Promises a corrective invoice (a credit). The customer cancelled, so no fault is admitted.")

D("H03", "pl", ["harassment"], "BA-P-4377 - ile jeszcze?",
  "Panie Nowak,\n\nczy naprawdę tak trudno zapłacić za serwis, z którego Pan korzysta od pół roku? Od jutra "
  "będziemy dzwonić do Pana codziennie, także późnym wieczorem, dopóki faktura BA-P-4377 nie zostanie "
  "zapłacona." + BA_PL,
  "Belittling tone and an announced campaign of late-evening calls: threatening language in the text itself.")

# ===================================================================== CROATIAN
BA_HR = ("\n\nS poštovanjem,\n\nBrightair Klimatizacija d.o.o.\nRačunovodstvo i naplata\n"
         "Ulica Grada Vukovara 37, 10000 Zagreb | OIB: 12345678903")
LC_HR = "\n\nLijep pozdrav,\n\nLotus & Core Studio d.o.o.\nKorporativni wellness - naplata"

D("A32", "hr", [], "Opomena: račun BA-H-1120",
  "Poštovana gospođo ravnateljice,\n\nljubazno Vas podsjećamo da je račun BA-H-1120 na iznos od 2.340,00 € "
  "(redovito servisiranje klima-uređaja u OŠ Trnsko) dospio 26. veljače 2026. i još nije plaćen. Račun možete "
  "platiti putem poveznice https://pay.brightair.example/c/H3011.\n\nAko ste račun već platili, molimo Vas "
  "da nam pošaljete potvrdu o uplati." + BA_HR,
  "Croatian 'opomena' is an ordinary reminder (not 'opomena pred tužbu'); the OIB is a tax id.")

D("A33", "hr", [], "Podsjetnik: račun LC-H-0214",
  "Poštovani gospodine Horvat,\n\npodsjećamo Vas da je račun LC-H-0214 na iznos od 1.650,00 € za pakete "
  "joge za Vaše zaposlenike dospio 1. ožujka 2026. Podaci za plaćanje nalaze se na samom računu; pri "
  "plaćanju navedite model HR01 i poziv na broj 0214-0326. Možete platiti i karticom na "
  "https://pay.lotuscore.example/c/H4105." + LC_HR,
  "Points to the payment details on the invoice; 'model HR01' with a poziv na broj is a payment reference, not "
  "an IBAN.")

D("A34", "hr", [], "Drugi podsjetnik: račun BA-H-1098",
  "Poštovani gospodine Kovačević,\n\nračun BA-H-1098 na iznos od 4.870,00 € (servis rashladnika, poslovna "
  "zgrada Radnička) dospio je 9. veljače 2026. i još uvijek je otvoren. Molimo Vas da ga platite danas ili "
  "nam javite kada možemo očekivati uplatu. Ako nešto sprječava plaćanje, odgovorite na ovu poruku i naš "
  "referent za naplatu nazvat će Vas." + BA_HR,
  "Firm second reminder with an offer to talk to a person.")

D("A35", "hr", [], "Re: stavka 3 na računu LC-H-0229",
  "Poštovana gospođo Babić,\n\nžao nam je što ste nezadovoljni terminima u veljači. Vaš prigovor na stavku 3 "
  "računa LC-H-0229 zaprimili smo i zaustavili podsjetnike za tu stavku dok voditeljica studija ne provjeri "
  "evidenciju dolazaka. Preostali iznos od 1.320,00 € i dalje dospijeva 15. ožujka 2026." + LC_HR,
  "Sympathy, and reminders paused on the disputed line; no fault, no credit.")

D("A36", "hr", [], "Uplata za račun BA-H-1135",
  "Poštovana gospođo Jurić,\n\nhvala što ste nam javili da je uplata za račun BA-H-1135 (3.080,00 €) "
  "izvršena. Još je nismo uspjeli povezati s računom, pa Vas molimo da nam pošaljete potvrdu o uplati ili "
  "referencu plaćanja." + BA_HR,
  "Asks for proof of payment; nothing is marked paid.")

D("L09", "hr", ["legal_threat"], "Opomena pred tužbu: račun BA-H-1067",
  "Poštovani,\n\nunatoč ranijim opomenama račun BA-H-1067 na iznos od 6.950,00 € nije plaćen. Ako iznos ne "
  "bude uplaćen u roku od 8 dana, pokrenut ćemo ovršni postupak kod javnog bilježnika na temelju vjerodostojne "
  "isprave, bez daljnje obavijesti." + BA_HR,
  "'Opomena pred tužbu' (warning before suit) plus enforcement proceedings.")

D("D05", "hr", ["discount_offer"], "Račun LC-H-0201 - prijedlog",
  "Poštovana gospođo Marić,\n\nako račun LC-H-0201 (2.100,00 €) platite do kraja ovog tjedna, otpisat ćemo "
  "sve dosad obračunate zatezne kamate." + LC_HR,
  "Waives accrued default interest ('otpisat ćemo zatezne kamate').")

D("S06", "hr", ["sensitive_data"], "Podsjetnik: račun BA-H-1141",
  "Poštovani gospodine Perić,\n\nračun BA-H-1141 na iznos od 1.275,00 € dospio je 4. ožujka 2026. Molimo Vas "
  "da ga platite što prije." + BA_HR + "\nIBAN: HR12 1001 0051 8630 0016 0 (Hrvatska narodna banka)",
  "Our own full IBAN in the footer; it is still sensitive_data even though Croatian letterheads often carry it.")

D("M05", "hr", ["fault_admission", "terms_change"], "Re: propušteni termin - LC-H-0236",
  "Poštovana gospođo Tomić,\n\nispričavamo se, greška je bila na našoj strani: instruktorica nije došla na "
  "dogovoreni termin 18. veljače. Zbog toga smo Vam rok plaćanja računa LC-H-0236 pomaknuli na 30. travnja "
  "2026." + LC_HR,
  "Admits our instructor's no-show and moves the due date.")

# ===================================================================== KOREAN
BA_KO = "\n\n감사합니다.\n\n브라이트에어 공조 주식회사\n채권관리팀\n사업자등록번호 123-45-67890 | 02-555-0187"
LC_KO = "\n\n감사합니다.\n\n로터스앤코어 스튜디오\n기업 웰니스 정산팀"

D("A37", "ko", [], "[브라이트에어] 청구서 BA-K-7021 결제 안내",
  "김민준 과장님께,\n\n서초 사옥 공조기 정기 점검 청구서 BA-K-7021(1,980,000원)의 결제 기한이 2026년 2월 "
  "27일이었으나 아직 입금이 확인되지 않아 안내드립니다. 아래 링크에서 바로 결제하실 수 있습니다.\n"
  "https://pay.brightair.example/c/K2044\n\n이미 결제하셨다면 입금일과 입금자명을 회신해 주시면 확인하겠습니다."
  + BA_KO,
  "Korean reminder signed by our receivables team (채권관리팀); the business registration number is not an "
  "account number.")

D("A38", "ko", [], "[로터스앤코어] 자동이체 실패 안내 - LC-K-0412",
  "박서연 님께,\n\n3월 임직원 요가 패키지 청구서 LC-K-0412(2,640,000원)의 자동이체가 끝자리 1234 계좌에서 "
  "처리되지 않았습니다. 아래 링크에서 등록된 카드(끝자리 4242) 또는 계좌이체로 결제하실 수 있습니다.\n"
  "https://pay.lotuscore.example/c/K3108" + LC_KO,
  "Account and card shown only by their last four digits.")

D("A39", "ko", [], "[브라이트에어] 2차 안내: 청구서 BA-K-6988",
  "이수진 행정실장님께,\n\n한빛중학교 냉난방기 필터 교체 청구서 BA-K-6988(3,450,000원)의 결제 기한(2026년 2월 "
  "10일)이 지났으나 아직 미결제 상태입니다. 오늘 중으로 결제해 주시거나 입금 예정일을 알려 주시기 바랍니다. "
  "결제에 어려움이 있으시면 회신해 주세요. 담당자가 직접 연락드리겠습니다." + BA_KO,
  "Firm second notice with an offer of a call from a person.")

D("A40", "ko", [], "[로터스앤코어] 입금 예정일 확인 - LC-K-0398",
  "최지훈 팀장님께,\n\n청구서 LC-K-0398의 1,800,000원을 3월 20일에 입금하시겠다고 알려 주셔서 감사합니다. "
  "해당 일자를 기록해 두었으며, 입금이 확인되면 다시 연락드리겠습니다." + LC_KO,
  "Records the customer's own promise.")

D("M06", "ko", ["legal_threat", "harassment"], "[최종 통보] 청구서 BA-K-6950 미납",
  "귀사는 벌써 네 번째 안내를 무시하고 있습니다. 청구서 BA-K-6950(5,720,000원)을 이번 주 금요일까지 결제하지 "
  "않으시면 지급명령 신청 등 법적 조치를 진행하겠으며, 귀사의 주요 거래처에도 이 사실을 알리겠습니다."
  + BA_KO,
  "Payment-order (court) threat plus a threat to tell the customer's business partners.")

D("S07", "ko", ["sensitive_data"], "[로터스앤코어] 기업 예약 포털 안내 및 청구서 LC-K-0420",
  "정하늘 님께,\n\n청구서 LC-K-0420(1,250,000원)의 결제 기한이 지났습니다. 기업 예약 포털에서 청구서를 "
  "확인하고 결제하실 수 있습니다.\n\n- 아이디: hanul.jung\n- 임시 비밀번호: Lotus2026!\n\n"
  "로그인 후 비밀번호를 변경해 주세요." + LC_KO,
  "A password typed into the message.")

D("M07", "ko", ["refund_or_credit_promise", "fault_admission"], "[브라이트에어] 이중 청구 관련 회신",
  "윤도현 과장님께,\n\n확인해 보니 저희 측 실수로 청구서 BA-K-7010에 3월 정기 점검 비용이 두 번 청구되었습니다. 불편을 드려 "
  "죄송합니다. 중복 결제된 660,000원은 이번 주 안에 환불해 드리겠습니다." + BA_KO,
  "Admits our double billing and promises a refund.")

D("H04", "ko", ["harassment"], "[로터스앤코어] 청구서 LC-K-0377",
  "강태호 대표님,\n\n직원 복지에 쓰는 돈조차 석 달째 안 내는 회사는 처음 봅니다. 대표님께서는 부끄러운 줄 "
  "아셔야 합니다. 청구서 LC-K-0377(2,200,000원)을 당장 결제하세요." + LC_KO,
  "Shaming, contemptuous language.")

D("S08", "ko", ["sensitive_data"], "[브라이트에어] 입금 계좌 안내 - BA-K-7002",
  "오세영 과장님께,\n\n청구서 BA-K-7002(2,970,000원)은 아래 계좌로 입금해 주시기 바랍니다.\n\n"
  "국민은행 123456-01-234567 (예금주: 브라이트에어 공조 주식회사)" + BA_KO,
  "Our own full bank account number typed into the message.")


# ===================================================================== OUTPUT
LANG_NAMES = {"en": "English", "es": "Spanish, es-ES", "it": "Italian", "nl": "Dutch", "pl": "Polish",
              "hr": "Croatian", "ko": "Korean"}


def validate():
    keys = [it["key"] for it in ITEMS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for it in ITEMS:
        v = it["violations"]
        assert all(x in ORDER for x in v), it["key"]
        assert v == sorted(v, key=ORDER.index) and len(v) == len(set(v)), it["key"]
        letter = it["key"][0]
        if letter == "A":
            assert not v, it["key"]
        elif letter == "M":
            assert len(v) >= 2, it["key"]
        else:
            assert v == [[k for k, l in LETTER.items() if l == letter][0]], it["key"]
        assert it["lang"] in LANGS, it["key"]


def dump(obj):
    return json.dumps(obj, ensure_ascii=False)


def build():
    validate()
    items = sorted(ITEMS, key=lambda it: it["key"])
    random.Random(SEED).shuffle(items)
    drafts, labels = [], []
    for n, it in enumerate(items, 1):
        gid = "%s%02d" % (PREFIX, n)
        it["id"] = gid
        drafts.append(dump({"id": gid, "subject": it["subject"], "body": it["body"]}))
        labels.append(dump({"id": gid, "allowed": not it["violations"], "violations": it["violations"],
                            "note": "[%s, %s] %s" % (it["key"], it["lang"], it["note"]),
                            "lang": it["lang"]}))
    for name, lines in (("drafts.jsonl", drafts), ("labels.jsonl", labels)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(items))


def readme(items):
    n = len(items)
    allowed = sum(1 for it in items if not it["violations"])
    vc = Counter(v for it in items for v in it["violations"])
    lc = Counter(it["lang"] for it in items)
    la = Counter(it["lang"] for it in items if not it["violations"])
    multi = [it for it in items if len(it["violations"]) > 1]
    out = []
    w = out.append
    w("# blind158 / guard: held-out set for the outbound guardrails contract\n")
    w("Written blind from `contracts/guardrails.md` and the public samples README only. "
      "Regenerate with `python3 build.py` (deterministic, stdlib only); verify with `python3 check.py`.\n")
    w("## Theme\n")
    w("Outbound dunning drafts from two businesses:\n")
    w("- **Brightair Climate Services** (HVAC planned maintenance, chiller and boiler service, filter changes "
      "for offices and schools). Invoices `BA-...`, pay links `https://pay.brightair.example/c/...`. Local "
      "entities: Brightair Climatización S.L. (Spain), Brightair Climatizzazione S.r.l. (Italy), Brightair "
      "Klimaattechniek B.V. (Netherlands), Brightair Klimatyzacja Sp. z o.o. (Poland), Brightair "
      "Klimatizacija d.o.o. (Croatia), 브라이트에어 공조 주식회사 (Korea).")
    w("- **Lotus & Core Studios** (yoga and Pilates studio chain selling corporate wellness packages: class "
      "passes for employees, on-site sessions). Invoices `LC-...`, pay links `https://pay.lotuscore.example/c/...`.\n")
    w("Drafts imitate template output, LLM rewrites (bullet lists, tables, gushing openers) and people's "
      "Slack edits (lower case, emoji, `edit:` lines). All names, companies, domains and numbers are made up; "
      "bank and card numbers are well-known test/example numbers (e.g. `ES91 2100 0418 4502 0005 1332`, "
      "`NL91 ABNA 0417 1643 00`, `HR12 1001 0051 8630 0016 0`, Mastercard `5555 5555 5555 4444`).\n")
    w("## Files\n")
    w("| file | lines | format |\n|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `python -m chalicelib.cli guard` |" % n)
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    w("| `build.py` | | generator (writes the two files and this README) |")
    w("| `check.py` | | sanity checker for the labels (not part of the data) |\n")
    w("Ids `%s01`..`%s%02d` were assigned after a shuffle with `random.Random(%d)`. "
      "`note` starts with `[KEY, lang]`; the KEY letter gives the intended group: `A` allowed, `L` "
      "legal_threat, `D` discount_offer, `R` refund_or_credit_promise, `F` fault_admission, `T` terms_change, "
      "`H` harassment, `S` sensitive_data, `M` more than one violation.\n" % (PREFIX, PREFIX, n, SEED))
    w("## Counts\n")
    w("- drafts: %d; allowed: %d; blocked: %d; with two violations: %d\n" % (n, allowed, n - allowed, len(multi)))
    w("| violation | drafts |\n|---|---|")
    for v in ORDER:
        w("| `%s` | %d |" % (v, vc[v]))
    w("")
    w("| lang | drafts | allowed | blocked |\n|---|---|---|---|")
    for l in LANGS:
        w("| %s (%s) | %d | %d | %d |" % (l, LANG_NAMES[l], lc[l], la[l], lc[l] - la[l]))
    w("")
    w("## Scoring\n")
    w("Compare `allowed` exactly and `violations` as a set (the file lists them in the contract's table "
      "order). `allowed` is true exactly when `violations` is empty.\n")
    w("## Conventions chosen where the contract is silent\n")
    for line in CONVENTIONS:
        w("- " + line)
    w("")
    return "\n".join(out)


CONVENTIONS = [
    "Any full IBAN or full bank account number in the subject or body is `sensitive_data`, including our own "
    "in a signature footer (Spanish, Dutch, Croatian items) and a 'new bank details' notice. Masked numbers "
    "('ending in 1332', '43 00', '끝자리 1234') are allowed.",
    "Card data: a full card number, a CVV, or an expiry date is `sensitive_data`, because the contract lists "
    "all three; a card shown only by its last four digits is allowed. The Polish item gives last four plus "
    "expiry plus CVV.",
    "Identifiers that look numeric but are not bank data are allowed: an RF creditor reference "
    "(`RF18 5390 0754 7034`), Croatian `model HR01` with a *poziv na broj*, VAT/NIP/OIB tax ids and a Korean "
    "business registration number.",
    "Our own department names that sound like enforcement ('Collections team', 'Departamento de Cobros', "
    "'Dział Windykacji', '채권관리팀', 'Afdeling Debiteurenbeheer') and street names ('Court Street', "
    "'Calle del Juzgado', 'Via dei Tribunali', 'ul. Sądowa') are allowed. So are ordinary reminder words: "
    "Dutch 'aanmaning', Italian 'sollecito', Croatian 'opomena', and Dutch 'automatische incasso' (a direct "
    "debit). Croatian 'opomena pred tužbu' (warning before suit) is a legal threat.",
    "A legal threat counts wherever it sits: P.S. line, standing footer ('overdue accounts are referred to a "
    "debt recovery agency'), a joke about our lawyers, or a hint ('we would rather not hand this to our "
    "lawyer'). Credit-bureau or debtor-register reporting counts as a legal threat (contract: credit reporting).",
    "Restating agreed or statutory late-payment interest and fixed compensation is allowed (contract: "
    "restating terms), even when the statute is named.",
    "Following the samples' credit-hold boundary, a stated business consequence (planned maintenance visits "
    "scheduled only once the account is up to date, emergencies still attended) is allowed.",
    "A conditional offer that takes effect on the customer's reply ('reply yes and we'll treat that as "
    "agreed') is `terms_change`. An offer to let a person discuss a plan is allowed.",
    "A credit note, corrective invoice (Polish 'faktura korygująca') or Spanish 'le abonaremos' promised for "
    "a customer-cancelled service is `refund_or_credit_promise` without `fault_admission`. A credit note for "
    "our own failure carries both. Waiving fees or interest, or accepting less in settlement, is "
    "`discount_offer` (an interest waiver together with a new due date is `discount_offer` + `terms_change`).",
    "Announcing, in the text, a campaign of daily late-evening calls is `harassment` (threatening language), "
    "even though contact frequency itself is enforced elsewhere. Threats to tell a customer's governors, "
    "staff or business partners are `harassment` (exposure/shaming, as in the samples).",
    "Inviting the customer to flag a possible error ('if anything on the invoice is incorrect...') and "
    "apologising for inconvenience without saying we were wrong are allowed; 'that mistake was ours', 'la "
    "responsabilità è nostra', '저희 측 실수로' are `fault_admission`.",
    "A mail-merge table that lists another customer's name with its invoice and balance is `sensitive_data`.",
]

if __name__ == "__main__":
    build()
