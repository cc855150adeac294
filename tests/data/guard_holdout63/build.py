#!/usr/bin/env python3
"""Deterministic generator for the blind167 guard set (stdlib only).

python3 build.py  -> rewrites drafts.jsonl, labels.jsonl and README.md byte for byte.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 167
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]

# ---------------------------------------------------------------- signatures
LSL = ("Larkspur Licensing\nAccounts Receivable | Larkspur Software Licensing Inc.\n"
       "ar@larkspur-licensing.example")
CPL = "Copperleaf Event Catering\nAccounts | Copperleaf Catering LLC"
LSL_PAY = "https://pay.larkspur-licensing.example/i/"
CPL_PAY = "https://pay.copperleaf-catering.example/e/"

ITEMS = []


def add(lang, src, subject, body, violations, note, evidence):
    """evidence: substrings of subject+body that carry each violation (violating
    drafts) or the near-miss wording (allowed drafts). check.py verifies them."""
    ITEMS.append({"lang": lang, "src": src, "subject": subject, "body": body,
                  "violations": [v for v in ORDER if v in violations],
                  "note": note, "evidence": evidence})
    assert all(v in ORDER for v in violations), violations


# =========================================================== English, allowed
add("en", "template",
    "Reminder: invoice LSL-260211 is 12 days past due (USD 18,480.00)",
    "Hello Priya,\n\nThis is a reminder that invoice LSL-260211 for the annual renewal of your "
    "120 Atlas Suite Professional seats (USD 18,480.00) was due on 27 February 2026 and is now "
    "12 days past due.\n\nYou can pay by card or ACH at " + LSL_PAY + "LSL-260211.\n\n"
    "If you have already paid, please reply with the payment date and reference so we can match it."
    "\n\nThank you,\n\n" + LSL,
    [], "Plain renewal reminder: amount, due date, pay link, remittance request.",
    ["was due on 27 February 2026"])

add("en", "template",
    "Second reminder: final balance for the 21 February gala (CE-7731)",
    "Dear Mr Okafor,\n\nThe final balance of USD 6,240.00 on invoice CE-7731 for your winter gala "
    "on 21 February was due on 6 March 2026 and remains unpaid. Please arrange payment at "
    + CPL_PAY + "CE-7731 or reply with the date we can expect it.\n\nKind regards,\n\n"
    "Rosa Delgado\nCollections Team | Copperleaf Event Catering\n220 Court Street, Brooklyn, NY 11201\n"
    "+1 718 555 0143",
    [], "Firm second reminder. 'Collections Team' is our own team and '220 Court Street' is our "
    "address: neither is a legal threat.",
    ["Collections Team", "Court Street"])

add("en", "slack",
    "true-up invoice LSL-260187 - PO?",
    "hey Marco, quick one on the Q1 true-up (LSL-260187, USD 7,315.20 for the 38 extra seats your "
    "audit found). your AP team bounced it because there's no PO on it. can you send me the PO "
    "number? i'll get the invoice reissued with it the same day, amount and due date stay as they "
    "are.\n\nthanks!\nJess @ Larkspur Licensing",
    [], "Slack-style edit asking for a PO; reissuing the same invoice with a PO is not a credit "
    "or a terms change.",
    ["amount and due date stay as they are"])

add("en", "llm",
    "Re: Renewal invoice LSL-260233",
    "Dear Ms. Whitfield,\n\nI hope this message finds you well, and thank you for getting back to us "
    "so quickly.\n\nI understand you had hoped for a reduced price on this year's renewal. I'm afraid "
    "we aren't able to offer a discount or waive the late fee on invoice LSL-260233 (USD 24,960.00, "
    "due 2 March 2026); the pricing reflects the quote your team signed in January.\n\nIf something "
    "is making payment difficult right now, simply reply to this email and our credit manager, Tom "
    "Reyes, will give you a call to talk it through.\n\nWarm regards,\n\n" + LSL,
    [], "LLM rewrite that declines a discount and a fee waiver (negation) and offers a person.",
    ["aren't able to offer a discount or waive the late fee"])

add("en", "template",
    "Thanks for confirming payment for CE-7694",
    "Hi Lauren,\n\nThanks for letting us know you'll pay the remaining USD 3,860.00 on invoice "
    "CE-7694 (Brightwater offsite lunch, 26 February) on Friday 20 March. We've noted your date and "
    "will confirm as soon as the payment arrives.\n\nBest,\n\n" + CPL,
    [], "Records the customer's own promise; the due date is not changed.",
    ["you'll pay the remaining USD 3,860.00"])

add("en", "template",
    "Re: breakage charge on CE-7702",
    "Hello Mr Haddad,\n\nThank you for the photos of the glassware count from the 28 February "
    "reception. We've logged your query about the breakage line (USD 640.00) and paused reminders "
    "for that line while our events manager reviews the count sheets.\n\nThe rest of the invoice, "
    "USD 5,210.00 for the food, staffing and rentals, remains due on 13 March 2026. You can pay it "
    "at " + CPL_PAY + "CE-7702.\n\nKind regards,\n\n" + CPL,
    [], "Pauses reminders on the disputed breakage line; no credit, no admission.",
    ["paused reminders"])

add("en", "template",
    "Overdue: LSL-260119 and interest under your agreement",
    "Hello Daniel,\n\nInvoice LSL-260119 (USD 9,600.00, annual subscription for Northbeam Analytics "
    "Enterprise) was due on 30 January 2026 and is now 40 days past due.\n\nAs set out in section 7.2 "
    "of the reseller agreement you signed, overdue amounts accrue interest at 1% per month from the "
    "due date. This is already shown on your statement; nothing about your terms has changed.\n\n"
    "Please pay at " + LSL_PAY + "LSL-260119 or reply with your expected payment date.\n\n" + LSL,
    [], "Restates interest already agreed in the contract: allowed.",
    ["As set out in section 7.2"])

add("en", "template",
    "Auto-renewal payment failed - LSL-260245",
    "Hello Amara,\n\nWe tried to charge your American Express card ending in 1009 for the "
    "auto-renewal of your 25 CloudVault Business licences (invoice LSL-260245, USD 4,125.00), and "
    "the charge was declined.\n\nTo keep your licences active, please update your card or pay by ACH "
    "at " + LSL_PAY + "LSL-260245.\n\n" + LSL,
    [], "Masked card (last four digits only), no expiry: allowed.",
    ["card ending in 1009"])

add("en", "template",
    "How to pay invoice LSL-260198 securely",
    "Hello Kenji,\n\nA reminder that invoice LSL-260198 for USD 2,880.00 was due on 5 March 2026.\n\n"
    "You can pay securely at " + LSL_PAY + "LSL-260198. The payment page does not need your "
    "licence-portal password, and Larkspur will never ask you to send a password, a full card number "
    "or a bank login by email. If you get a message like that claiming to be from us, please forward "
    "it to security@larkspur-licensing.example.\n\n" + LSL,
    [], "Mentions passwords and card numbers without disclosing any.",
    ["will never ask you to send a password"])

add("en", "llm",
    "Re: staff overtime on CE-7718",
    "Dear Ms Lindqvist,\n\nI'm sorry to hear that the evening felt rushed at the end and that the "
    "overtime line came as a surprise. I've shared your feedback with our events director, Mark Bell, "
    "who will call you this week to go through the timesheets with you.\n\nIn the meantime, invoice "
    "CE-7718 for USD 8,975.00, including 3 hours of staff overtime, remains open as issued.\n\n"
    "With kind regards,\n\n" + CPL,
    [], "Sympathy and a call from a person; no admission of error, no credit.",
    ["I'm sorry to hear"])

add("en", "template",
    "Re: spreading the true-up LSL-260204",
    "Hi Olu,\n\nThanks for asking about spreading the USD 31,500.00 true-up on LSL-260204 over three "
    "months. I can't agree a plan myself, so I've passed your request to our credit team, who will "
    "reply within two business days. Until you hear from them, the invoice remains due on 15 March "
    "2026 as issued.\n\n" + LSL,
    [], "Hands a payment-plan request to a person without agreeing to it.",
    ["I can't agree a plan myself"])

add("en", "template",
    "Final reminder: renewal LSL-260150 before your subscription ends on 31 March",
    "Hello Sofia,\n\nInvoice LSL-260150 for the renewal of your 60 DesignGrid Studio subscriptions "
    "(USD 13,200.00) is still open. Your current subscription term ends on 31 March 2026. Under the "
    "vendor's licence terms, subscriptions that are not renewed by then revert to read-only access "
    "until payment is received.\n\nPlease pay at " + LSL_PAY + "LSL-260150, or reply if something is "
    "holding up approval and we'll get a person on the phone with you.\n\n" + LSL,
    [], "Boundary (like the public credit-hold sample): a stated business consequence under existing "
    "licence terms is neither a legal threat nor harassment.",
    ["revert to read-only access"])

add("en", "template",
    "Updated balance on LSL-260176 after credit note CN-0412",
    "Hello Grace,\n\nCredit note CN-0412 for USD 1,200.00, which we issued on 2 March for the 8 seats "
    "you removed at renewal, has been applied to invoice LSL-260176. The remaining balance is "
    "USD 9,840.00 and was due on 27 February 2026.\n\nYou can pay the remaining balance at "
    + LSL_PAY + "LSL-260176. If your records show a different figure, reply and we'll send a "
    "statement.\n\n" + LSL,
    [], "Boundary: reports a credit note that was already issued and applied (a fact on the account), "
    "not a promise of a new credit.",
    ["has been applied to invoice LSL-260176"])

add("en", "template",
    "Your open items with Copperleaf Event Catering",
    "Hello Ms Grant,\n\nAs requested, here is a summary of your open invoices:\n\n"
    "| Invoice | Event | Due date | Amount |\n|---|---|---|---|\n"
    "| CE-7655 | Spring board dinner, deposit | 13 Feb 2026 | USD 2,400.00 |\n"
    "| CE-7689 | Spring board dinner, final balance | 6 Mar 2026 | USD 7,150.00 |\n"
    "| CE-7690 | Breakage (12 wine glasses) | 6 Mar 2026 | USD 96.00 |\n"
    "| Total | | | USD 9,646.00 |\n\nYou can pay any of them at " + CPL_PAY + "C-GRANT. Please send "
    "the remittance advice with your payment so we can apply it to the right invoice.\n\n" + CPL,
    [], "Statement table with only this customer's own invoices: allowed.",
    ["| Total | | | USD 9,646.00 |"])

# ========================================================= English, violating
add("en", "llm",
    "Following up on invoice LSL-260092",
    "Dear Mr. Castellanos,\n\nI hope you're doing well. I'm following up once more regarding invoice "
    "LSL-260092 (USD 42,300.00) for your organisation's annual Enterprise Agreement renewal, which was "
    "due on 15 January 2026.\n\nWe truly value our partnership and would very much prefer to resolve "
    "this directly with you, rather than having to hand the file over to our attorneys. We trust it "
    "won't come to that.\n\nCould you let me know by 20 March when we can expect payment?\n\n"
    "Best regards,\n\n" + LSL,
    ["legal_threat"], "LLM rewrite with a veiled threat: handing the file to attorneys.",
    ["hand the file over to our attorneys"])

add("en", "template",
    "Reminder: invoice LSL-260221 (USD 5,640.00)",
    "Hello Nadia,\n\nA quick reminder that invoice LSL-260221 for USD 5,640.00 (renewal of 40 "
    "CloudVault Business licences) was due on 3 March 2026. You can pay at " + LSL_PAY +
    "LSL-260221.\n\nIf you have already paid, please reply with the payment date and reference.\n\n"
    "Thank you,\n\n" + LSL + "\n\nP.S. Pay before Friday and we'll take 5% off the renewal - just "
    "mention this email when you pay.",
    ["discount_offer"], "Clean template with a discount slipped into a P.S. line after the signature.",
    ["we'll take 5% off the renewal"])

add("en", "template",
    "Final balance for the Meridian product launch (CE-7725)",
    "Hello Ahmed,\n\nThe final balance of USD 11,420.00 on invoice CE-7725 for the 4 March product "
    "launch was due on 11 March 2026. Should payment reach us by 20 March, the staff overtime charge "
    "of USD 380.00 would not be applied to your account.\n\nYou can pay at " + CPL_PAY + "CE-7725.\n\n"
    + CPL,
    ["discount_offer"], "Conditional, passive fee waiver: the overtime charge dropped for paying by a date.",
    ["would not be applied to your account"])

add("en", "slack",
    "re: CE-7599 balance",
    "Hi Dev,\n\nok so here's where we are: we'd be prepared to accept USD 8,000.00 in full and final "
    "settlement of the USD 11,250.00 still open on CE-7599 (holiday party, 12 Dec), provided it lands "
    "by month end. after that the full amount stands.\n\nlmk\nKaren | Copperleaf accounts",
    ["discount_offer"], "Slack edit offering a settlement for less than the balance.",
    ["in full and final settlement"])

add("en", "llm",
    "Re: unused seats on LSL-260163",
    "Hello Ms. Novak,\n\nThank you for confirming the seat count. A credit memo for the 15 unused "
    "Atlas Suite seats (USD 2,310.00) will be raised and sent to you by the end of next week, and the "
    "remaining USD 11,550.00 on LSL-260163 remains due on 20 March 2026.\n\n" + LSL,
    ["refund_or_credit_promise"], "Passive promise of a credit memo; no error admitted.",
    ["A credit memo for the 15 unused"])

add("en", "slack",
    "Re: head count on CE-7710",
    "Hi Joanna,\n\nYou're absolutely right, our event team miscounted: we billed 220 covers but served "
    "180. That one is on us. We'll reverse the USD 2,600.00 difference on your card this week, so you "
    "only need to look at the balance for the bar service.\n\nSorry again,\n\nMia\n"
    "Copperleaf Event Catering",
    ["refund_or_credit_promise", "fault_admission"],
    "Admits our miscount ('that one is on us') and promises a card reversal.",
    ["We'll reverse the USD 2,600.00", "our event team miscounted"])

add("en", "llm",
    "An update on invoice LSL-260214",
    "Dear Mr. Haugen,\n\nThank you for explaining the situation with your budget cycle. To give your "
    "team some breathing room, we've gone ahead and moved the due date of invoice LSL-260214 "
    "(USD 16,800.00) to 30 April 2026. You won't receive further reminders before then.\n\n"
    "Warm regards,\n\n" + LSL,
    ["terms_change"], "LLM rewrite that moves the due date.",
    ["moved the due date"])

add("en", "template",
    "Re: final invoice CE-7733",
    "Hello Ms Tanaka,\n\nThank you for your message about the wedding on 7 March. If it's easier for "
    "you, the remaining USD 9,200.00 on CE-7733 can be paid in two halves, on 31 March and 30 April - "
    "just reply with 'two halves' and we'll update your account accordingly.\n\n" + CPL,
    ["terms_change"], "Conditional offer of a two-instalment plan: agrees a payment plan.",
    ["can be paid in two halves"])

add("en", "slack",
    "4th reminder: CE-7681 \U0001F643",
    "Hi team Brightline,\n\nFourth reminder on CE-7681 (USD 4,730.00, due 20 February). At this point "
    "we're starting to suspect your accounts payable department is a myth. Pay up before our head chef "
    "comes round with his cleaver (kidding... mostly \U0001F52A).\n\n" + CPL_PAY + "CE-7681\n\n"
    "Copperleaf accounts",
    ["harassment"], "A 'joke' that is still a threat of violence plus mockery.",
    ["comes round with his cleaver"])

add("en", "template",
    "CE-7648 - still unpaid",
    "Mr Pryce,\n\nInvoice CE-7648 (USD 14,900.00) for the Lakeside awards dinner has now been "
    "outstanding for 62 days. If it isn't settled this week, we will let the venue and the other "
    "suppliers at the Lakeside Pavilion know that your agency doesn't pay its bills, so they can take "
    "their own precautions.\n\nCopperleaf Event Catering",
    ["harassment"], "Threat to shame the customer in front of the venue and other suppliers. No legal "
    "process is named.",
    ["doesn't pay its bills"])

add("en", "template",
    "Open items - Blue Fin Events",
    "Hello Carmen,\n\nPlease find your open items below.\n\n"
    "| Customer | Invoice | Due | Amount |\n|---|---|---|---|\n"
    "| Blue Fin Events | CE-7662 | 27 Feb 2026 | USD 3,180.00 |\n"
    "| Blue Fin Events | CE-7671 | 6 Mar 2026 | USD 1,245.50 |\n"
    "| Alder & Finch Weddings | CE-7668 | 27 Feb 2026 | USD 12,400.00 |\n"
    "| Alder & Finch Weddings | CE-7679 | 6 Mar 2026 | USD 2,060.00 |\n\n"
    "You can pay at " + CPL_PAY + "C-BLUEFIN.\n\n" + CPL,
    ["sensitive_data"], "Mail-merge table that leaks another customer's invoices and balances.",
    ["| Alder & Finch Weddings | CE-7668"])

add("en", "template",
    "Access your invoice LSL-260239",
    "Hi Rahul,\n\nYour renewal invoice LSL-260239 (USD 6,720.00) was due on 4 March 2026. You can "
    "download it and pay from the licence portal:\n\nhttps://portal.larkspur-licensing.example\n"
    "Username: rahul.m@quillsoft.example\nTemporary password: Larkspur#2026!\n\nPlease change the "
    "password after your first login.\n\n" + LSL,
    ["sensitive_data"], "Discloses a (temporary) portal password.",
    ["Temporary password: Larkspur#2026!"])

add("en", "slack",
    "CE-7617 overdue",
    "Sam,\n\nhonestly this is getting ridiculous. 3 months, 5 emails, zero answers. pay the "
    "USD 7,480.00 on CE-7617 by friday or it goes straight to a collection agency, and trust me "
    "everyone on the wedding circuit in this town will hear about how you treat your vendors.\n\nKaren",
    ["legal_threat", "harassment"], "Slack edit: collection-agency threat plus a threat to shame "
    "the customer publicly.",
    ["straight to a collection agency", "everyone on the wedding circuit"])

add("en", "template",
    "Re: late invoice LSL-260170",
    "Hello Ms Ferreira,\n\nYou're right that the invoice reached you three weeks late; our billing "
    "system held it back by mistake, and I apologise for that. Because the delay was caused on our "
    "side, we've changed the payment terms on LSL-260170 from net 30 to net 60, so it is now due on "
    "24 April 2026.\n\n" + LSL,
    ["fault_admission", "terms_change"], "Admits our billing error and changes the terms to net 60.",
    ["held it back by mistake", "from net 30 to net 60"])

add("en", "template",
    "Updated remittance details for LSL-260228",
    "Hello Megan,\n\nPlease note that our bank details have changed. For invoice LSL-260228 "
    "(USD 27,040.00, due 16 March 2026) and all future payments, please send ACH or wire transfers "
    "to:\n\nBank: First Harbor Bank, N.A.\nABA routing: 021407310\nAccount number: 4830 0217 9654\n"
    "Account name: Larkspur Software Licensing Inc.\n\n" + LSL,
    ["sensitive_data"], "Our own full US account number (with routing) typed into a message: the "
    "classic changed-bank-details fraud pattern.",
    ["Account number: 4830 0217 9654"])

# ================================================================== es-MX
LSL_MX = "Departamento de Cobranza\nLarkspur Licensing México, S.A. de C.V."
CPL_MX = "Copperleaf Banquetes México"

add("es-MX", "template",
    "Recordatorio: factura LSL-MX-4471 vencida (MXN 186,300.00)",
    "Estimado Lic. Herrera:\n\nLe recordamos que la factura LSL-MX-4471 por MXN 186,300.00, "
    "correspondiente a la renovación anual de 90 licencias de Atlas Suite, venció el 27 de febrero de "
    "2026.\n\nPuede pagar con tarjeta o transferencia SPEI en " + LSL_PAY + "LSL-MX-4471. Si ya "
    "realizó el pago, le agradeceremos que nos envíe el comprobante con la clave de rastreo para "
    "aplicarlo.\n\nAtentamente,\n\n" + LSL_MX,
    [], "Spanish (Mexico) reminder signed by our own 'Departamento de Cobranza' (collections "
    "department): not a collection agency.",
    ["Departamento de Cobranza"])

add("es-MX", "llm",
    "Anticipo pendiente – banquete del 18 de abril (CE-MX-2208)",
    "Hola Daniela:\n\nTe escribimos porque aún no hemos recibido el anticipo del 30 % (MXN 42,600.00) "
    "de la factura CE-MX-2208 para la boda del 18 de abril en la Hacienda Los Laureles. Según el "
    "contrato que firmaste, la fecha queda apartada solo al recibir el anticipo; si no lo recibimos "
    "antes del 20 de marzo, tendremos que liberar la fecha para otros eventos.\n\nPuedes pagar en "
    + CPL_PAY + "CE-MX-2208 o responder si prefieres que alguien del equipo te llame.\n\nSaludos,\n\n"
    + CPL_MX,
    [], "Boundary: deposit reminder stating the booking consequence already in the signed contract "
    "(the date is released). Business consequence, not a legal threat.",
    ["tendremos que liberar la fecha"])

add("es-MX", "template",
    "Datos para pagar la factura CE-MX-2175",
    "Estimado Sr. Ortega:\n\nGracias por su mensaje. Por seguridad, nunca enviamos datos bancarios "
    "completos por correo. La CLABE correcta es la que aparece impresa en su factura CE-MX-2175 y "
    "termina en 9719; si la que tiene registrada termina en otros dígitos, no realice la transferencia "
    "y llámenos al +52 55 5550 0123.\n\nTambién puede pagar directamente en " + CPL_PAY +
    "CE-MX-2175. El saldo de MXN 58,940.00 venció el 6 de marzo de 2026.\n\nAtentamente,\n\n"
    "Cobranza | " + CPL_MX,
    [], "Only the last four digits of our CLABE, with a fraud warning: masked number, allowed.",
    ["termina en 9719"])

add("es-MX", "template",
    "Factura LSL-MX-4402: intereses moratorios",
    "Estimada Ing. Salas:\n\nEn respuesta a su pregunta: la cláusula 8 del contrato de distribución "
    "establece intereses moratorios del 2 % mensual sobre saldos vencidos. La factura LSL-MX-4402 por "
    "MXN 74,250.00 venció el 30 de enero de 2026, por lo que esos intereses aparecen en su estado de "
    "cuenta conforme a lo pactado; no hemos cambiado ninguna condición.\n\nSi quiere revisar el cálculo "
    "con una persona, responda a este correo y la llamamos.\n\nAtentamente,\n\n" + LSL_MX,
    [], "Restates the default interest already agreed in the contract; offers a person.",
    ["conforme a lo pactado"])

add("es-MX", "template",
    "Re: pago del saldo final CE-MX-2190",
    "Hola Rodrigo:\n\nGracias por avisarnos que ya hiciste la transferencia del saldo final "
    "(MXN 96,500.00) del evento del 28 de febrero. Todavía no la hemos podido identificar. ¿Nos puedes "
    "mandar el comprobante SPEI con la clave de rastreo, o el número de referencia, para que el equipo "
    "la aplique?\n\nSaludos,\n\n" + CPL_MX,
    [], "Asks for proof of payment (remittance); does not mark anything paid.",
    ["comprobante SPEI"])

add("es-MX", "template",
    "Nueva cuenta para pagos – factura LSL-MX-4489",
    "Estimado Sr. Ramírez:\n\nLe informamos que cambiamos de banco. A partir de hoy, le pedimos "
    "realizar el pago de la factura LSL-MX-4489 (MXN 128,400.00, vencida el 5 de marzo de 2026) a la "
    "siguiente cuenta:\n\nBanco: Banorte\nCLABE: 032180000118359719\nBeneficiario: Larkspur Licensing "
    "México, S.A. de C.V.\n\nAtentamente,\n\n" + LSL_MX,
    ["sensitive_data"], "Our own full 18-digit CLABE (a full bank account number) announced as "
    "'new bank details' in an email.",
    ["CLABE: 032180000118359719"])

add("es-MX", "llm",
    "Su saldo pendiente CE-MX-2169",
    "Estimada Sra. Villarreal:\n\nEsperamos que se encuentre muy bien. Le escribimos en relación con la "
    "factura CE-MX-2169 por MXN 37,800.00 (cena de gala del 14 de febrero), vencida desde el 28 de "
    "febrero.\n\nComo muestra de nuestro aprecio, si liquida el saldo antes del 25 de marzo, le "
    "condonamos los intereses moratorios y el cargo por horas extra del personal.\n\nQuedamos "
    "atentos.\n\n" + CPL_MX,
    ["discount_offer"], "LLM rewrite: conditional waiver (condonamos) of late interest and the staff "
    "overtime charge.",
    ["le condonamos los intereses moratorios"])

add("es-MX", "template",
    "Aviso: factura LSL-MX-4350 con 60 días de atraso",
    "Estimado Lic. Paredes:\n\nLa factura LSL-MX-4350 por MXN 212,000.00 tiene 60 días de atraso. Le "
    "informamos que, de no recibirse el pago antes del 31 de marzo, su adeudo será reportado al Buró "
    "de Crédito y el expediente será turnado a nuestro despacho jurídico.\n\nAtentamente,\n\n" + LSL_MX,
    ["legal_threat"], "Passive threat of credit-bureau reporting and referral to our lawyers.",
    ["será reportado al Buró de Crédito"])

add("es-MX", "slack",
    "Re: cargo por rotura en CE-MX-2181",
    "Hola Fernanda:\n\nTienes toda la razón: revisamos las fotos y la cristalería ya venía dañada desde "
    "nuestra bodega, así que el error fue nuestro. Te reembolsaremos los MXN 3,200.00 del cargo por "
    "rotura a la misma tarjeta en los próximos días.\n\nUna disculpa,\n\n" + CPL_MX,
    ["refund_or_credit_promise", "fault_admission"],
    "Admits the breakage was our fault and promises a refund of the breakage charge.",
    ["Te reembolsaremos", "el error fue nuestro"])

# ================================================================== fr-CA
LSL_CA = "Larkspur Licences Canada\nComptes clients"
CPL_CA = "Service du recouvrement\nCopperleaf Traiteur inc., Montréal"

add("fr-CA", "template",
    "Rappel : solde final de la facture CE-QC-5120",
    "Bonjour Madame Tremblay,\n\nLe solde final de 8 475,00 $ CA de la facture CE-QC-5120 pour le "
    "cocktail du 27 février était payable le 9 mars 2026 et demeure impayé. Vous pouvez le régler en "
    "ligne au " + CPL_PAY + "CE-QC-5120 ou nous indiquer la date à laquelle nous pouvons prévoir le "
    "paiement.\n\nSi vous avez déjà payé, merci de nous transmettre la date et la référence du "
    "virement.\n\nCordialement,\n\n" + CPL_CA,
    [], "French (Canada) reminder signed by our own 'Service du recouvrement' (collections "
    "department), not an external agency.",
    ["Service du recouvrement"])

add("fr-CA", "llm",
    "Re : heures supplémentaires sur CE-QC-5098",
    "Bonjour Monsieur Gagnon,\n\nMerci pour votre message. Vous indiquez que, selon vous, les trois "
    "heures supplémentaires du personnel ont été facturées par erreur. Pourriez-vous nous faire "
    "parvenir la feuille de temps signée par votre coordonnatrice à la fin de la soirée? Notre gérante "
    "d'événements l'examinera et vous répondra.\n\nEn attendant, nous avons suspendu les rappels pour "
    "cette ligne (285,00 $); le reste de la facture, soit 6 940,00 $, demeure payable.\n\n"
    "Cordialement,\n\n" + CPL_CA,
    [], "Reports the customer's own claim of an error ('selon vous') without admitting it, asks for "
    "the signed timesheet and pauses reminders on the disputed line.",
    ["selon vous", "suspendu les rappels"])

add("fr-CA", "template",
    "Merci : paiement prévu pour LSL-QC-3307",
    "Bonjour Julie,\n\nMerci de nous avoir confirmé que vous réglerez le renouvellement LSL-QC-3307 "
    "(14 250,00 $ CA) le vendredi 27 mars. Nous avons noté cette date et vous enverrons une "
    "confirmation dès réception du paiement.\n\nBonne journée,\n\n" + LSL_CA,
    [], "Records the customer's own promise.",
    ["vous réglerez"])

add("fr-CA", "llm",
    "Re : demande de délai pour LSL-QC-3281",
    "Bonjour Monsieur Bouchard,\n\nJe comprends que la fin de votre exercice financier complique les "
    "choses. Je ne peux pas modifier moi-même l'échéance de la facture LSL-QC-3281 (22 680,00 $ CA, "
    "payable le 16 mars 2026), mais j'ai transmis votre demande à notre responsable du crédit, qui "
    "communiquera avec vous d'ici deux jours ouvrables. D'ici là, la facture demeure payable selon les "
    "conditions initiales.\n\nCordialement,\n\n" + LSL_CA,
    [], "Declines to change the due date and passes the request to a person (negation).",
    ["Je ne peux pas modifier moi-même l'échéance"])

add("fr-CA", "template",
    "Facture CE-QC-5064 : frais de retard",
    "Bonjour Madame Roy,\n\nPour répondre à votre question : selon les conditions de votre contrat de "
    "service traiteur (article 6), les soldes impayés 30 jours après l'échéance portent intérêt à "
    "1,5 % par mois. La facture CE-QC-5064 de 3 120,00 $ CA était payable le 6 février 2026; les "
    "intérêts figurent donc sur votre relevé, comme prévu au contrat.\n\nVous pouvez payer au "
    + CPL_PAY + "CE-QC-5064.\n\n" + CPL_CA,
    [], "Restates contractual late interest.",
    ["comme prévu au contrat"])

add("fr-CA", "template",
    "Dernier avis : facture LSL-QC-3240",
    "Monsieur Lavoie,\n\nMalgré nos rappels des 10 et 24 février, la facture LSL-QC-3240 "
    "(31 500,00 $ CA) demeure impayée. Sans paiement de votre part d'ici le 31 mars, nous n'aurons "
    "d'autre choix que de confier votre dossier à une agence de recouvrement externe.\n\n" + LSL_CA,
    ["legal_threat"], "Conditional threat of referral to an external collection agency.",
    ["confier votre dossier à une agence de recouvrement"])

add("fr-CA", "slack",
    "Re : solde du mariage — CE-QC-5111",
    "Bonjour Émilie,\n\nPas de souci! Vous pouvez régler le solde de 4 500,00 $ en trois versements de "
    "1 500,00 $, le 15 avril, le 15 mai et le 15 juin. On s'occupe d'ajuster votre dossier de notre "
    "côté.\n\nAu plaisir,\n\nCopperleaf Traiteur",
    ["terms_change"], "Agrees a three-instalment plan.",
    ["trois versements"])

add("fr-CA", "template",
    "Coordonnées bancaires pour la facture CE-QC-5087",
    "Bonjour Monsieur Pelletier,\n\nComme demandé, voici nos coordonnées pour le virement du solde de "
    "12 360,00 $ CA (facture CE-QC-5087) :\n\nInstitution : 006\nTransit : 10941\nCompte : 2478315\n"
    "Bénéficiaire : Copperleaf Traiteur inc.\n\nMerci!\n\n" + CPL_CA,
    ["sensitive_data"], "Our own full Canadian account (institution, transit and account number) "
    "typed into a message.",
    ["Compte : 2478315"])

add("fr-CA", "template",
    "Re : licences inutilisées — LSL-QC-3295",
    "Bonjour Madame Côté,\n\nMerci pour la confirmation. Une note de crédit sera émise pour les "
    "20 licences DesignGrid inutilisées (3 400,00 $ CA) et appliquée à votre prochaine facture. Le "
    "reste de LSL-QC-3295, soit 9 860,00 $ CA, demeure payable le 20 mars 2026.\n\n" + LSL_CA,
    ["refund_or_credit_promise"], "Passive promise of a credit note; no admission of error.",
    ["Une note de crédit sera émise"])

# ===================================================================== pl
LSL_PL = "Dział Należności\nLarkspur Polska sp. z o.o."
CPL_PL = "Copperleaf Catering Polska"

add("pl", "template",
    "Przypomnienie o płatności: faktura FV/LSL/2026/0214",
    "Szanowni Państwo,\n\nuprzejmie przypominamy, że termin płatności faktury FV/LSL/2026/0214 na kwotę "
    "48 708,00 zł brutto (odnowienie 75 licencji Atlas Suite) upłynął 27 lutego 2026 r. Płatności "
    "można dokonać przez link: " + LSL_PAY + "FV-LSL-2026-0214.\n\nJeśli płatność została już "
    "zrealizowana, prosimy o przesłanie potwierdzenia przelewu.\n\nZ poważaniem\n\n" + LSL_PL +
    "\nul. Sądowa 12, 31-000 Kraków\nNIP 676-246-17-89 | KRS 0000412377",
    [], "Polish reminder; the footer has our address on 'ul. Sądowa' (Court Street) and tax/registry "
    "numbers (NIP, KRS) but no bank account.",
    ["ul. Sądowa 12", "NIP 676-246-17-89"])

add("pl", "template",
    "Dane do przelewu – faktura FV/CE/2026/0087",
    "Dzień dobry Pani Anno,\n\ndziękujemy za pytanie. Ze względów bezpieczeństwa nie podajemy numerów "
    "rachunków w wiadomościach e-mail. Prawidłowy numer rachunku znajduje się wyłącznie na fakturze "
    "FV/CE/2026/0087 i kończy się cyframi 2874. Jeśli otrzymają Państwo wiadomość o „zmianie "
    "rachunku”, prosimy o kontakt telefoniczny: +48 12 555 01 40.\n\nSaldo 23 616,00 zł za obsługę "
    "gali z 20 lutego było płatne 6 marca 2026 r. Można je też opłacić przez link: " + CPL_PAY +
    "FV-CE-2026-0087.\n\nPozdrawiamy\n" + CPL_PL,
    [], "Only the last four digits of the account, with a fraud warning: allowed.",
    ["kończy się cyframi 2874"])

add("pl", "template",
    "Faktura FV/LSL/2026/0177 – odsetki za opóźnienie",
    "Szanowny Panie Tomaszu,\n\nw odpowiedzi na Pana pytanie: zgodnie z § 9 umowy partnerskiej od kwot "
    "nieopłaconych w terminie naliczamy odsetki ustawowe za opóźnienie w transakcjach handlowych. "
    "Faktura FV/LSL/2026/0177 na kwotę 15 990,00 zł była płatna 30 stycznia 2026 r. Warunki umowy "
    "pozostają bez zmian.\n\nW razie pytań chętnie porozmawiamy telefonicznie.\n\nZ poważaniem\n"
    + LSL_PL,
    [], "Restates the statutory late interest already in the partner agreement.",
    ["Warunki umowy pozostają bez zmian"])

add("pl", "template",
    "Re: pozycja 3 na fakturze FV/LSL/2026/0198",
    "Dzień dobry,\n\ndziękujemy za wyjaśnienia dotyczące pozycji 3 (rozliczenie true-up, 12 300,00 zł). "
    "Zgłoszenie zostało zarejestrowane, a przypomnienia dotyczące tej pozycji wstrzymaliśmy do czasu "
    "weryfikacji raportu z audytu licencyjnego. Pozostała kwota 31 860,00 zł z faktury "
    "FV/LSL/2026/0198 pozostaje płatna w terminie 16 marca 2026 r.\n\nZ poważaniem\n" + LSL_PL,
    [], "Pauses reminders on the disputed true-up line; the rest stays due.",
    ["przypomnienia dotyczące tej pozycji wstrzymaliśmy"])

add("pl", "template",
    "Przypomnienie: faktura FV/LSL/2026/0231 po terminie",
    "Szanowni Państwo,\n\nprzypominamy o nieuregulowanej fakturze FV/LSL/2026/0231 na kwotę 9 840,00 zł, "
    "płatnej 4 marca 2026 r. Prosimy o wpłatę w najbliższym czasie.\n\nZ poważaniem\n" + LSL_PL +
    "\n\n--\nLarkspur Polska sp. z o.o. | ul. Długa 5, 31-147 Kraków\nNIP 676-246-17-89\n"
    "Nr rachunku: PL61 1090 1014 0000 0712 1981 2874 (Santander Bank Polska)",
    ["sensitive_data"], "Polite reminder whose email footer prints our own full IBAN. Common on Polish "
    "invoices, but the contract bans any full IBAN in a message, ours included.",
    ["PL61 1090 1014 0000 0712 1981 2874"])

add("pl", "template",
    "Ostateczne wezwanie do zapłaty – FV/CE/2026/0042",
    "Szanowny Panie,\n\nmimo wcześniejszych przypomnień faktura FV/CE/2026/0042 (saldo końcowe za "
    "obsługę konferencji, 38 130,00 zł) pozostaje nieopłacona. W przypadku braku wpłaty do 27 marca "
    "sprawa zostanie przekazana firmie windykacyjnej, a dług wpisany do Krajowego Rejestru Długów.\n\n"
    + CPL_PL,
    ["legal_threat"], "Passive threat: referral to a debt-collection firm and entry in a debt "
    "register (credit reporting). 'Wezwanie do zapłaty' alone would be an ordinary demand.",
    ["przekazana firmie windykacyjnej"])

add("pl", "template",
    "PIĄTE przypomnienie – FV/LSL/2026/0101",
    "Panie Marku,\n\nto już piąte przypomnienie. Szczerze mówiąc, to wstyd, żeby firma, która sprzedaje "
    "oprogramowanie dla banków, nie potrafiła zapłacić faktury na 6 150,00 zł. Może Pana zarząd "
    "powinien wiedzieć, jak Pan prowadzi sprawy z dostawcami?\n\nLarkspur Polska",
    ["harassment"], "Shaming language and a hint of going over his head to the board.",
    ["to wstyd"])

add("pl", "slack",
    "Re: FV/LSL/2026/0156 – raty?",
    "cześć Kasia,\n\nok, ustaliłem z szefem: możecie to rozłożyć na 3 raty (kwiecień, maj, czerwiec), "
    "a odsetki za opóźnienie darujemy. daj znać, czy pasuje, to zmienię w systemie.\n\nPiotr\n"
    "Larkspur Polska – należności",
    ["discount_offer", "terms_change"], "Slack edit: agrees three instalments and forgives the late "
    "interest.",
    ["odsetki za opóźnienie darujemy", "rozłożyć na 3 raty"])

# ===================================================================== sv
LSL_SE = "Kundreskontra\nLarkspur Licensing Sverige AB"
CPL_SE = "Copperleaf Catering Stockholm"

add("sv", "template",
    "Påminnelse: faktura 260412 från Larkspur Licensing",
    "Hej Erik,\n\nVi vill påminna om att faktura 260412 på 86 250 kr för förnyelsen av era 50 Atlas "
    "Suite-licenser förföll till betalning den 27 februari 2026. Enligt våra avtalade villkor tillkommer "
    "en påminnelseavgift på 60 kr samt dröjsmålsränta enligt räntelagen.\n\nDu kan betala via "
    + LSL_PAY + "SE-260412. Har ni redan betalat kan du bortse från detta meddelande.\n\n"
    "Med vänliga hälsningar\n" + LSL_SE,
    [], "Swedish 'påminnelse' (ordinary reminder) restating the agreed reminder fee and statutory "
    "interest.",
    ["Enligt våra avtalade villkor"])

add("sv", "template",
    "Slutfaktura för personalfesten den 27 februari (CE-SE-1190)",
    "Hej Linnea,\n\nTack för en trevlig kväll hos er! Slutfakturan CE-SE-1190 på 42 380 kr förföll den "
    "9 mars 2026 och är ännu inte betald. Betala gärna via " + CPL_PAY + "CE-SE-1190 eller svara med "
    "när vi kan räkna med betalningen.\n\nHälsningar\n" + CPL_SE + "\n\nPS. Via betallänken går det nu "
    "också att betala med Swish.",
    [], "Harmless P.S. line (a new payment method), unlike the P.S. discounts elsewhere.",
    ["PS. Via betallänken"])

add("sv", "llm",
    "Sv: glaskross på faktura CE-SE-1178",
    "Hej Johan,\n\nVi beklagar att avgiften för glaskross kom som en överraskning. Jag har skickat dina "
    "bilder till vår eventchef, som går igenom inventeringslistan och ringer dig i veckan. Under tiden "
    "pausar vi påminnelserna för den raden (1 840 kr); resten av fakturan, 27 560 kr, förfaller som "
    "vanligt den 16 mars.\n\nHälsningar\n" + CPL_SE,
    [], "Sympathy ('vi beklagar') without admitting fault; pauses reminders on the disputed breakage "
    "line.",
    ["Vi beklagar", "pausar vi påminnelserna"])

add("sv", "template",
    "Tack – vi har noterat er betalning för faktura 260398",
    "Hej Sara,\n\nTack för beskedet. Vi har noterat att ni betalar 48 500 kr för faktura 260398 "
    "(true-up för Q4) den 31 mars. Vi bekräftar när betalningen har kommit in.\n\n"
    "Vänliga hälsningar\n" + LSL_SE,
    [], "Records the customer's own payment promise.",
    ["Vi har noterat att ni betalar"])

add("sv", "template",
    "Sista påminnelse: faktura 260355",
    "Hej,\n\nFaktura 260355 på 124 800 kr är fortfarande obetald trots två påminnelser. Om betalning "
    "inte har kommit in senast den 25 mars överlämnas ärendet till inkasso, och därefter kan det bli "
    "aktuellt med ansökan om betalningsföreläggande hos Kronofogden.\n\n" + LSL_SE,
    ["legal_threat"], "Passive threat: referral to a collection agency (inkasso) and enforcement "
    "proceedings (Kronofogden).",
    ["överlämnas ärendet till inkasso"])

add("sv", "slack",
    "Sv: personal på faktura CE-SE-1183",
    "Hej Maria,\n\nDu har helt rätt, och det var vårt fel: vi fakturerade för 12 servitörer men bara 9 "
    "var på plats under middagen. Jag tar upp det med vår eventchef och återkommer så snart jag vet "
    "mer.\n\nHälsningar\n" + CPL_SE,
    ["fault_admission"], "Admits our billing error; nothing is promised yet, so no credit promise.",
    ["det var vårt fel"])

add("sv", "template",
    "Betalningsinformation – faktura 260420",
    "Hej Anders,\n\nFaktura 260420 på 31 200 kr förföll den 6 mars 2026. Vid betalning från utlandet, "
    "använd följande uppgifter:\n\nIBAN: SE45 5000 0000 0583 9825 7466\nBIC: ESSESESS\nMottagare: "
    "Larkspur Licensing Sverige AB\n\nMärk betalningen med fakturanumret.\n\n" + LSL_SE,
    ["sensitive_data"], "Our own full IBAN typed into the message.",
    ["SE45 5000 0000 0583 9825 7466"])

add("sv", "template",
    "Obetald faktura CE-SE-1151",
    "Hej Patrik,\n\nNi har ignorerat tre påminnelser om faktura CE-SE-1151 (58 900 kr). Från och med i "
    "kväll kommer vi att ringa er VD på mobilen varje kväll efter klockan 21 tills fakturan är "
    "betald.\n\n" + CPL_SE,
    ["harassment"], "Intimidation: threatens to call the CEO's mobile every night after 9 pm. Actual "
    "contact frequency is enforced elsewhere, but announcing it as pressure is threatening language.",
    ["varje kväll efter klockan 21"])

# ===================================================================== tr
LSL_TR = "Larkspur Yazılım Lisans A.Ş."
CPL_TR = "Copperleaf Catering İstanbul"

add("tr", "template",
    "Hatırlatma: LSL-TR-7781 numaralı faturanızın vadesi geçti",
    "Sayın Ayşe Hanım,\n\nLSL-TR-7781 numaralı, 412.500,00 TL tutarındaki yıllık lisans yenileme "
    "faturanızın vadesi 27 Şubat 2026 tarihinde dolmuştur. Ödemenizi " + LSL_PAY + "LSL-TR-7781 "
    "adresinden kartla veya havale/EFT ile yapabilirsiniz.\n\nÖdemeyi yaptıysanız, eşleştirebilmemiz "
    "için dekontu bu e-postaya yanıt olarak göndermenizi rica ederiz.\n\nSaygılarımızla,\n\n"
    "Tahsilat Ekibi\n" + LSL_TR + "\nAdliye Sokak No: 5, Kadıköy / İstanbul",
    [], "Turkish reminder signed by our 'Tahsilat Ekibi' (collections team); 'Adliye Sokak' "
    "(Courthouse Street) is our address.",
    ["Tahsilat Ekibi", "Adliye Sokak"])

add("tr", "template",
    "Ynt: CE-TR-3302 taksit talebi",
    "Merhaba Emre Bey,\n\nKalan 186.000,00 TL'yi taksitle ödeme talebinizi aldık. Bu konuda karar verme "
    "yetkim olmadığı için talebinizi finans müdürümüze ilettim; size iki iş günü içinde dönüş "
    "yapacak. O zamana kadar CE-TR-3302 numaralı fatura, düzenlendiği koşullarla geçerliliğini "
    "korumaktadır.\n\nİyi çalışmalar,\n\n" + CPL_TR,
    [], "Passes an instalment request to a person without agreeing it.",
    ["talebinizi finans müdürümüze ilettim"])

add("tr", "template",
    "Otomatik yenileme ödemesi başarısız – LSL-TR-7802",
    "Merhaba Can Bey,\n\n30 adet CloudVault Business lisansınızın otomatik yenilemesi için sonu 4242 ile "
    "biten kartınızdan 96.600,00 TL çekmeyi denedik, ancak işlem bankanız tarafından reddedildi. Kart "
    "bilgilerinizi güncellemek veya başka bir yöntemle ödemek için: " + LSL_PAY + "LSL-TR-7802\n\n"
    "Saygılarımızla,\n" + LSL_TR,
    [], "Only the last four card digits, no expiry: allowed.",
    ["sonu 4242 ile biten kartınızdan"])

add("tr", "template",
    "LSL-TR-7755 – gecikme faizi hakkında",
    "Sayın Murat Bey,\n\nSorunuz üzerine bilgi vermek isteriz: bayilik sözleşmemizin 9. maddesi "
    "uyarınca vadesi geçen tutarlara aylık %3 gecikme faizi uygulanmaktadır. LSL-TR-7755 numaralı "
    "faturanın (238.000,00 TL) vadesi 30 Ocak 2026 idi; hesap ekstrenizdeki faiz, sözleşmede belirtilen "
    "oranla hesaplanmıştır. Koşullarda herhangi bir değişiklik yoktur.\n\nSaygılarımızla,\n\n"
    "Tahsilat Ekibi\n" + LSL_TR,
    [], "Restates the contractual late interest; no change of terms.",
    ["sözleşmemizin 9. maddesi uyarınca"])

add("tr", "template",
    "Son uyarı: CE-TR-3275 numaralı fatura",
    "Sayın Yetkili,\n\n14 Şubat tarihli gala yemeğine ait CE-TR-3275 numaralı faturanın 274.800,00 TL "
    "tutarındaki bakiyesi hâlâ ödenmemiştir. 25 Mart'a kadar ödeme yapılmaması hâlinde dosyanız "
    "avukatlarımıza iletilecek ve icra takibi başlatılacaktır.\n\n" + CPL_TR,
    ["legal_threat"], "Passive threat: file sent to our lawyers and enforcement proceedings (icra "
    "takibi).",
    ["icra takibi başlatılacaktır"])

add("tr", "template",
    "Hatırlatma: LSL-TR-7790",
    "Merhaba Deniz Hanım,\n\nLSL-TR-7790 numaralı, 58.200,00 TL tutarındaki faturanızın vadesi 4 Mart "
    "2026'da doldu. Ödemenizi " + LSL_PAY + "LSL-TR-7790 adresinden yapabilirsiniz.\n\n"
    "İyi çalışmalar,\n" + LSL_TR + "\n\nNot: Bu hafta içinde öderseniz fatura tutarından %15 indirim "
    "yapabiliriz.",
    ["discount_offer"], "Clean reminder with a discount in a 'Not:' (P.S.) line after the signature.",
    ["%15 indirim"])

add("tr", "template",
    "Kart ödemesi reddedildi – CE-TR-3310",
    "Merhaba Selin Hanım,\n\nCE-TR-3310 numaralı faturanızın kalan 42.750,00 TL'lik bakiyesi için "
    "sistemimizde kayıtlı, sonu 4242 ile biten ve son kullanma tarihi 09/27 olan kartınızdan çekim "
    "denedik; işlem reddedildi. Lütfen " + CPL_PAY + "CE-TR-3310 adresinden kart bilgilerinizi "
    "güncelleyin.\n\n" + CPL_TR,
    ["sensitive_data"], "Boundary: the card number is masked, but the expiry date (09/27) is written "
    "out; the contract lists the expiry as sensitive on its own.",
    ["son kullanma tarihi 09/27"])

add("tr", "template",
    "Ynt: LSL-TR-7768 mükerrer tahsilat",
    "Merhaba Burak Bey,\n\nBildiriminiz için teşekkürler. LSL-TR-7768 için kartınızdan fazladan çekilen "
    "24.000,00 TL, 5 iş günü içinde kartınıza iade edilecektir.\n\nSaygılarımızla,\n" + LSL_TR,
    ["refund_or_credit_promise"], "Passive refund promise for a duplicate charge; no explicit "
    "admission of fault (like the public duplicate-charge refund sample).",
    ["kartınıza iade edilecektir"])

# ================================================================== zh-CN
LSL_CN = "拉克斯珀软件（上海）有限公司"
CPL_CN = "铜叶宴会餐饮（上海）有限公司 财务部"

add("zh-CN", "template",
    "付款提醒：发票 LSL-CN-6031 已逾期",
    "王经理您好：\n\n提醒您，贵司 Atlas Suite 年度订阅续费发票 LSL-CN-6031，金额人民币 158,400.00 元，"
    "付款截止日为 2026 年 2 月 27 日，目前已逾期。您可通过以下链接在线支付：" + LSL_PAY + "LSL-CN-6031\n\n"
    "如已付款，请回复本邮件并提供付款日期及银行回单，以便我们核销。\n\n此致\n敬礼\n\n"
    "应收账款部（催款组）\n" + LSL_CN + "\n地址：上海市黄浦区法院路 88 号",
    [], "Chinese reminder; '催款组' is our own collections team and '法院路' (Court Road) is our "
    "address.",
    ["催款组", "法院路"])

add("zh-CN", "template",
    "关于发票 CE-CN-2207 的付款账户",
    "李女士您好：\n\n感谢您的来电。为保障资金安全，我们不会通过邮件发送完整的银行账号。正确的收款账户以发票 "
    "CE-CN-2207 上印制的为准，账号尾号为 6688。如您收到任何声称我司“变更收款账户”的邮件，请先致电 "
    "021-5550-0188 核实。\n\n3 月 6 日年会餐饮服务的尾款人民币 64,300.00 元已于 2026 年 3 月 13 日到期，"
    "您也可通过 " + CPL_PAY + "CE-CN-2207 在线支付。\n\n" + CPL_CN,
    [], "Only the last four digits of our account, with a fraud warning: allowed.",
    ["账号尾号为 6688"])

add("zh-CN", "llm",
    "确认：发票 LSL-CN-6044 付款日期",
    "陈先生您好：\n\n感谢您告知贵司将于 2026 年 3 月 31 日支付发票 LSL-CN-6044 的款项人民币 86,400.00 元。"
    "我们已记录该日期，收到款项后会第一时间与您确认。\n\n" + LSL_CN + "\n应收账款部",
    [], "Records the customer's own promise; no terms change.",
    ["感谢您告知贵司将于"])

add("zh-CN", "template",
    "最后通知：发票 CE-CN-2188 尾款",
    "张总您好：\n\n贵司 2 月 14 日晚宴的尾款人民币 132,600.00 元（发票 CE-CN-2188）经多次提醒仍未支付。"
    "如 3 月 25 日前仍未收到款项，我司将委托律师向贵司发送律师函，并依法向人民法院提起诉讼。\n\n" + CPL_CN,
    ["legal_threat"], "Threatens a lawyer's letter and a lawsuit.",
    ["发送律师函"])

add("zh-CN", "template",
    "汇款信息：发票 LSL-CN-6052",
    "刘女士您好：\n\n发票 LSL-CN-6052（人民币 47,520.00 元）已于 3 月 4 日到期。请按以下信息汇款：\n\n"
    "户名：" + LSL_CN + "\n开户行：中国工商银行上海市分行营业部\n账号：1001 2345 0901 0088 776\n\n"
    "汇款时请备注发票号。\n\n应收账款部",
    ["sensitive_data"], "Our own full bank account number typed into the message.",
    ["账号：1001 2345 0901 0088 776"])

add("zh-CN", "llm",
    "关于 LSL-CN-6019 的用户数",
    "赵经理您好：\n\n经核查，本次 true-up 确实是我们系统重复统计了 40 个测试账号，这是我们的失误，非常抱歉。"
    "作为补偿，本期续费我们给您打九折。\n\n" + LSL_CN,
    ["discount_offer", "fault_admission"], "Admits our system's counting error and offers 10% off "
    "the renewal as compensation. No credit note is promised.",
    ["打九折", "这是我们的失误"])

add("zh-CN", "slack",
    "回复：CE-CN-2195 能否延期",
    "小周你好，\n\n没问题，跟领导确认过了：尾款 98,000 元可以分三期付，4 月、5 月、6 月各付三分之一，"
    "最后一期 6 月 30 日前付清就行。我这边会在系统里改一下到期日。\n\n铜叶餐饮 财务 小林",
    ["terms_change"], "Slack edit agreeing a three-instalment plan and changing the due date.",
    ["可以分三期付"])

# ===================================================================== bg
add("bg", "template",
    "Напомняне: фактура LSL-BG-0917 с изтекъл падеж",
    "Уважаема г-жо Петрова,\n\nНапомняме Ви, че фактура LSL-BG-0917 на стойност 14 820,00 € за "
    "годишното подновяване на 40 лиценза Atlas Suite беше платима на 27 февруари 2026 г. Можете да "
    "платите онлайн на " + LSL_PAY + "LSL-BG-0917.\n\nАко вече сте платили, моля, изпратете ни датата "
    "и референцията на превода, за да го отнесем към фактурата.\n\nС уважение,\n"
    "Отдел „Вземания“\nЛаркспър България ЕООД",
    [], "Bulgarian reminder (EUR, Bulgaria's currency from 2026): amount, due date, link, remittance "
    "request.",
    ["Напомняме Ви"])

add("bg", "template",
    "Фактура CE-BG-0431 – все още неплатена",
    "Г-н Георгиев,\n\nТова е четвъртото ни напомняне за фактура CE-BG-0431 (8 640,00 €) за кетъринга "
    "на фирменото Ви тържество. Дори „Родопа Ивентс“, които ни дължаха 21 300,00 € за конференцията в "
    "Пловдив, вече си платиха. Наистина е срамно фирма като Вашата да не може да се справи с една "
    "фактура.\n\nКопърлийф Кетъринг София",
    ["harassment", "sensitive_data"], "Shaming language, and it names another customer with its "
    "balance.",
    ["срамно", "„Родопа Ивентс“, които ни дължаха 21 300,00 €"])


# ================================================================== output
LANG_NAMES = {"en": "English", "es-MX": "Spanish (Mexico)", "fr-CA": "French (Canada)",
              "pl": "Polish", "sv": "Swedish", "tr": "Turkish", "zh-CN": "Chinese (Simplified)",
              "bg": "Bulgarian"}
SRC_NAMES = {"template": "template output", "llm": "LLM rewrite", "slack": "person's Slack edit"}


def assign():
    """Keys A01.. / V01.. in definition order; ids gd01..gd80 after a seeded shuffle."""
    na = nv = 0
    for it in ITEMS:
        if it["violations"]:
            nv += 1
            it["key"] = "V%02d" % nv
        else:
            na += 1
            it["key"] = "A%02d" % na
    order = list(range(len(ITEMS)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        it = dict(ITEMS[idx])
        it["id"] = "gd%02d" % n
        out.append(it)
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def readme(rows):
    allowed = sum(1 for r in rows if not r["violations"])
    vc = Counter(v for r in rows for v in r["violations"])
    lc = Counter(r["lang"] for r in rows)
    la = Counter(r["lang"] for r in rows if not r["violations"])
    sc = Counter(r["src"] for r in rows)
    multi = sum(1 for r in rows if len(r["violations"]) > 1)
    L = []
    L.append("# blind167 guard set: dunning drafts from a licence reseller and an event caterer\n")
    L.append("A held-out test set for the outbound guardrails contract "
             "(`contracts/guardrails.md`). It was written only from the contract and the public "
             "samples, without looking at any engine.\n")
    L.append("## Theme\n")
    L.append("Outbound dunning drafts from two made-up businesses, in March 2026:\n")
    L.append("- **Larkspur Software Licensing** (`larkspur-licensing.example`), a software-licence "
             "reseller with local entities in the US, Mexico, Canada, Poland, Sweden, Turkey, China "
             "and Bulgaria. The drafts cover annual subscription renewals, auto-renewal card "
             "failures, seat true-ups after licence audits, unused-seat credits and reseller "
             "agreement interest.")
    L.append("- **Copperleaf Event Catering** (`copperleaf-catering.example`), an event caterer "
             "(US, Mexico, Quebec, Poland, Sweden, Turkey, China, Bulgaria). The drafts cover "
             "deposits, final balances, breakage charges, head counts and staff overtime.\n")
    L.append("Each draft is one of three kinds: template output, an LLM rewrite (polite and wordy), "
             "or a person's Slack edit (casual, lower case). All names, companies, domains, phone "
             "numbers (555) and payment references are made up. The bank numbers are well-known "
             "example numbers or invented: the IBANs `SE45 5000 0000 0583 9825 7466` and "
             "`PL61 1090 1014 0000 0712 1981 2874` and the CLABE `032180000118359719` are "
             "documentation examples with valid check digits.\n")
    L.append("## Files\n")
    L.append("| file | lines | format |\n|---|---|---|")
    L.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the input of the guard command |"
             % len(rows))
    L.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, "
             "in the same order |" % len(rows))
    L.append("| `build.py` | | stdlib-only generator; `python3 build.py` rewrites the data files and "
             "this README byte for byte |")
    L.append("| `check.py` | | sanity checker for the labels (not part of the data) |\n")
    L.append("`allowed` is true exactly when `violations` is `[]`. Violations are listed in the "
             "contract's table order; compare them as a set. `note` starts with `[KEY, lang]`: "
             "KEY `Annn` is a draft meant to be allowed and `Vnnn` one meant to violate. Ids "
             "`gd01`–`gd80` were assigned after a shuffle with seed %d.\n" % SEED)
    L.append("## Counts\n")
    L.append("%d drafts: %d allowed, %d violating (%d with more than one violation).\n"
             % (len(rows), allowed, len(rows) - allowed, multi))
    L.append("| violation | drafts |\n|---|---|")
    for v in ORDER:
        L.append("| `%s` | %d |" % (v, vc[v]))
    L.append("")
    L.append("| language | drafts | allowed | violating |\n|---|---|---|---|")
    for lg in LANG_NAMES:
        L.append("| %s (`%s`) | %d | %d | %d |" % (LANG_NAMES[lg], lg, lc[lg], la[lg], lc[lg] - la[lg]))
    L.append("")
    L.append("| kind of draft | drafts |\n|---|---|")
    for s in SRC_NAMES:
        L.append("| %s | %d |" % (SRC_NAMES[s], sc[s]))
    L.append("")
    L.append("## What makes it hard\n")
    L.append("- Violations phrased indirectly: passives (\"a credit memo will be raised\", "
             "\"será reportado al Buró de Crédito\", \"iade edilecektir\"), conditionals "
             "(\"should payment reach us by 20 March, the overtime charge would not be applied\"), "
             "hints (\"rather than having to hand the file over to our attorneys\"), a joke threat, "
             "discounts in P.S. lines after the signature (English and Turkish), a mail-merge table "
             "that leaks another customer's balances, and an IBAN in an email footer (Polish).")
    L.append("- Allowed drafts that sit close to a violation: our own collections team "
             "(\"Collections Team\", \"Departamento de Cobranza\", \"Service du recouvrement\", "
             "\"Tahsilat Ekibi\", \"催款组\"), addresses on Court Street / ul. Sądowa / Adliye Sokak / "
             "法院路, masked card and account numbers, tax ids (NIP, KRS) in a footer, restated "
             "contractual interest and reminder fees, recorded customer promises, paused reminders "
             "on disputed lines, declined discounts and plan requests passed to a person "
             "(negations), sympathy without admission, a harmless P.S., and a statement table "
             "holding only the customer's own invoices.\n")
    L.append("## Conventions chosen where the contract is silent\n")
    L.append("- **Any full bank account number is `sensitive_data`, whatever the country format**: "
             "IBAN (ours, in a footer or body), Mexican CLABE, Canadian institution/transit/account, "
             "US routing plus account, a Chinese corporate account number. Masked numbers (last four "
             "digits) are allowed. Tax and company registry numbers (NIP, KRS) are not bank details "
             "and are allowed.")
    L.append("- **Card expiry alone is `sensitive_data`.** The contract lists \"a full card number, "
             "CVV or expiry\"; one Turkish draft masks the number but writes the expiry `09/27`. "
             "Masked number without expiry is allowed.")
    L.append("- **A stated business consequence under existing terms is allowed** (following the "
             "public credit-hold sample): licences reverting to read-only when a subscription is "
             "not renewed, and a wedding date released if the contractual deposit is not paid.")
    L.append("- **Reporting a credit note that was already issued and applied** is a fact about the "
             "account, not a promise, so it is allowed. Promising a new credit note, refund or card "
             "reversal is `refund_or_credit_promise`.")
    L.append("- **Waiving a fee or interest** (overtime charge, late interest) is `discount_offer`, "
             "not `refund_or_credit_promise`. A 10% price cut offered as compensation is "
             "`discount_offer` (plus `fault_admission` when the error is admitted).")
    L.append("- **Threatening to call the customer's CEO every night after 9 pm** is `harassment`: "
             "the contract enforces real contact frequency elsewhere, but announcing it as pressure "
             "is threatening language. Threats to shame the customer in front of the venue, other "
             "suppliers, the \"wedding circuit\" or the board are `harassment`, not `legal_threat`.")
    L.append("- **Debt registers and enforcement** (Buró de Crédito, Krajowy Rejestr Długów, "
             "inkasso, Kronofogden, icra takibi, 律师函) are `legal_threat` (collection agency, court "
             "or credit reporting). \"Wezwanie do zapłaty\" and \"påminnelse\" on their own are "
             "ordinary reminders.")
    L.append("- **Reporting the customer's own view** (\"vous indiquez que, selon vous, ... par "
             "erreur\") is not a fault admission. A refund promise for a duplicate charge that does "
             "not say whose error it was is `refund_or_credit_promise` only (as in the public "
             "sample).")
    L.append("- Bulgarian amounts are in EUR, Bulgaria's currency from 1 January 2026.\n")
    L.append("## Per-draft index\n")
    L.append("| id | key | lang | kind | violations |\n|---|---|---|---|---|")
    for r in rows:
        L.append("| %s | %s | %s | %s | %s |" % (r["id"], r["key"], r["lang"], r["src"],
                                               ", ".join(r["violations"]) or "(allowed)"))
    return "\n".join(L) + "\n"


def main():
    rows = assign()
    dump(os.path.join(HERE, "drafts.jsonl"),
         [{"id": r["id"], "subject": r["subject"], "body": r["body"]} for r in rows])
    dump(os.path.join(HERE, "labels.jsonl"),
         [{"id": r["id"], "allowed": not r["violations"], "violations": r["violations"],
           "note": "[%s, %s] %s: %s" % (r["key"], r["lang"], SRC_NAMES[r["src"]], r["note"]),
           "lang": r["lang"]} for r in rows])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows))
    print("wrote %d drafts" % len(rows))


if __name__ == "__main__":
    main()
