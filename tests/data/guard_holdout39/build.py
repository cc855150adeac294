#!/usr/bin/env python3
"""Blind held-out set for the `guard` contract (outbound guardrails).

Deterministic, stdlib only: `python3 build.py` rewrites drafts.jsonl, labels.jsonl and README.md.
Theme: two businesses sending dunning drafts:
  * Kestrel IT Academy  - IT training and certification provider billing companies for courses
  * Saffron & Salt Catering - event catering for corporate clients and wedding couples
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]

# Signatures -----------------------------------------------------------------------------------
KIA_EN = "Kestrel IT Academy\nAccounts Receivable | Kestrel Training Ltd"
SSC_EN = "Saffron & Salt Catering\nAccounts | Saffron & Salt Events ApS"

DRAFTS = []  # each: key, lang, subject, body, violations, note


def add(key, lang, subject, body, violations, note):
    DRAFTS.append({"key": key, "lang": lang, "subject": subject, "body": body,
                   "violations": list(violations), "note": note})


# =============================================================================================
# English
# =============================================================================================

add("A01", "en", "Reminder: invoice KA-26-0412 is 12 days overdue (GBP 3,480.00)",
    "Hello Priyanka,\n\nA quick reminder that invoice KA-26-0412 for GBP 3,480.00 (AZ-104 Azure Administrator course, "
    "4 delegates, 2-5 February) was due on 2 March 2026 and is now 12 days past due. You can pay by card or bank "
    "transfer at https://pay.kestrel-academy.example/c/K4102.\n\nIf you have already paid, please reply with the "
    "payment date and reference so we can match it.\n\nKind regards,\n\n" + KIA_EN,
    [], "Plain template reminder: amount, due date, payment link, remittance request.")

add("N01", "en", "Second reminder: KA-26-0398 (GBP 6,210.00)",
    "Dear Mr Okafor,\n\nWe wrote to you on 2 March about invoice KA-26-0398 for GBP 6,210.00 (CCNA bootcamp and "
    "six exam vouchers). It is now 28 days past due. Please arrange payment this week at "
    "https://pay.kestrel-academy.example/c/K4077 or let us know the date we can expect it.\n\nYours sincerely,\n\n"
    "Helen Marsh\nCredit Control - Collections team\nKestrel IT Academy, 14 Court Street, Leeds LS1 4DW\n"
    "Registered in England No. 08812345 | VAT GB 123 4567 89",
    [], "Firm second reminder. 'Collections team' is our own team, 'Court Street' is our address, and the company "
        "and VAT numbers in the footer are not bank account numbers.")

add("N02", "en", "Card payment declined - KA-26-0455",
    "Hi Tom,\n\nWe tried to take the scheduled payment for KA-26-0455 (GBP 1,150.00, ITIL 4 Foundation e-learning, "
    "10 licences) from your Mastercard ending in 4444 and it was declined. You can update the card or pay another way "
    "at https://pay.kestrel-academy.example/c/K4120.\n\nThanks,\n\n" + KIA_EN,
    [], "Masked card (last four digits only): allowed.")

add("N03", "en", "Thanks - final balance for your wedding on 7 March",
    "Dear Sophie and James,\n\nCongratulations again, and thank you for letting us know you'll transfer the final "
    "balance of GBP 2,150.00 on 28 March, once the gift money has come in. We've made a note of that date. For "
    "reference, invoice SS-7781 fell due on 14 March, and the payment page is "
    "https://pay.saffronsalt.example/c/S2231 if you'd rather pay by card.\n\nWarm wishes,\n\n" + SSC_EN,
    [], "Records the couple's own promise (28 March) without agreeing to new terms; the original due date is restated.")

add("N04", "en", "KA-26-0371: interest under your training agreement",
    "Dear Ms Lindqvist,\n\nYou asked how the figure on our statement was calculated. Under clause 9.2 of your Training "
    "Services Agreement, overdue amounts accrue interest at 4% a year above the Bank of England base rate from the due "
    "date. Invoice KA-26-0371 (GBP 9,870.00) was due on 31 January 2026, so the statement shows GBP 118.44 of interest "
    "to 13 March.\n\nIf you'd like to go through it with someone, reply and I'll arrange a call.\n\nKind regards,\n\n"
    + KIA_EN,
    [], "Restates interest terms already agreed in the contract; no new terms, no threat, and an offer to talk.")

add("N05", "en", "Re: SS-7702 - extra covers on the invoice",
    "Hi Rachel,\n\nThanks for explaining that the 20 extra covers on line 4 of SS-7702 weren't ordered. I've logged "
    "your query with our events manager and paused reminders for that line while she checks the signed menu and the "
    "headcount sheet. The other lines (GBP 4,630.00) aren't in question and remain due; you can pay them at "
    "https://pay.saffronsalt.example/c/S2198.\n\nBest,\n\n" + SSC_EN,
    [], "Pauses reminders on a disputed line only; no admission, no credit promised, rest remains due.")

add("N06", "en", "Re: paying KA-26-0420 in instalments",
    "Hi Daniel,\n\nThanks for asking whether KA-26-0420 (GBP 12,400.00, Certified Kubernetes Administrator cohort) "
    "could be paid in three parts. I can't agree that myself, so I've passed your request to our credit manager, who "
    "will reply by Wednesday. Until you hear from her, the invoice remains due as issued.\n\nRegards,\n\n" + KIA_EN,
    [], "Hands an instalment request to a person without agreeing to it; terms explicitly unchanged.")

add("N07", "en", "Your certificates and invoice KA-26-0433",
    "Hello Aisha,\n\nYour delegates can download their Security+ completion certificates from the learner portal. If "
    "anyone has forgotten their password, they can reset it at https://learn.kestrel-academy.example/reset - we will "
    "never send a password by email, and nobody from Kestrel will ask for one.\n\nWhile I have you: invoice "
    "KA-26-0433 for GBP 2,940.00 was due on 6 March. You can pay at https://pay.kestrel-academy.example/c/K4131.\n\n"
    "Best wishes,\n\n" + KIA_EN,
    [], "Mentions passwords without disclosing any; ordinary reminder.")

add("N08", "en", "Re: your summer party on 21 February",
    "Dear Mr Bell,\n\nI'm sorry to hear the dessert service felt rushed at the end of the evening. I've shared your "
    "comments with Marco, our events manager, and he'll call you this week to hear more. In the meantime invoice "
    "SS-7655 for GBP 5,820.00 remains open; it was due on 7 March.\n\nKind regards,\n\n" + SSC_EN,
    [], "Sympathy and escalation to a person, without admitting an error or promising a credit.")

add("N09", "en", "Final reminder before account hold: KA-26-0301, KA-26-0344",
    "Hello Grace,\n\nDespite our earlier reminders, invoices KA-26-0301 and KA-26-0344 (GBP 7,560.00 in total) remain "
    "unpaid. Please arrange payment now at https://pay.kestrel-academy.example/c/K4012. If the balance is still open "
    "on 27 March, we won't be able to confirm further exam bookings or new course places for your team until it is "
    "settled. If something is holding up payment, reply and a member of our credit team will call you.\n\n"
    "Regards,\n\n" + KIA_EN,
    [], "Boundary (same convention as sample g29): a stated business consequence (no new bookings) is neither a legal "
        "threat nor harassment.")

add("N10", "en", "SS-7740: please check our bank details before paying",
    "Hi Olivia,\n\nA reminder that SS-7740 (GBP 3,300.00, catering for your product launch on 19 February) was due on "
    "5 March. Please pay only to the account printed on the invoice (IBAN ending 0417) or through "
    "https://pay.saffronsalt.example/c/S2260. We will never change our bank details by email, so if you receive a "
    "message saying otherwise, please call us on +44 20 7946 0321 before paying.\n\nThank you,\n\n" + SSC_EN,
    [], "Only the last four characters of our IBAN; warns about invoice fraud. Allowed.")

add("N11", "en", "PO number needed for KA-26-0461",
    "Hello Marcus,\n\nThanks for explaining that your accounts payable team needs a purchase order on every supplier "
    "invoice. Could you send us the PO number for KA-26-0461 (GBP 4,410.00, Python for Data Engineers, 3 delegates)? "
    "As soon as we have it, we'll send the invoice again with the PO shown on it. The amount and due date (20 March) "
    "stay the same.\n\nMany thanks,\n\n" + KIA_EN,
    [], "Requests a PO; resending the same invoice with the PO is not a credit or a terms change.")

add("N12", "en", "Your statement of account - March 2026",
    "Hello Fiona,\n\nAs requested, here is your statement with us as of 13 March 2026:\n\n"
    "| Invoice    | Course                        | Due date    | Amount (GBP) |\n"
    "|------------|-------------------------------|-------------|--------------|\n"
    "| KA-26-0288 | PRINCE2 Foundation (2 seats)  | 30 Jan 2026 |     1,780.00 |\n"
    "| KA-26-0352 | AWS Solutions Architect (4)   | 27 Feb 2026 |     7,960.00 |\n"
    "| KA-26-0409 | Exam vouchers x 6             | 15 Mar 2026 |     1,530.00 |\n"
    "| Total      |                               |             |    11,270.00 |\n\n"
    "The first two are past due. You can pay any of them at https://pay.kestrel-academy.example/c/K4088.\n\n"
    "Regards,\n\n" + KIA_EN,
    [], "A table of the customer's own invoices only: no other customer's data.")

add("N13", "en", "SS-7769: balance for your event on 28 February",
    "Dear Mrs Adeyemi,\n\nThank you for your email. As set out in the booking terms you signed on 3 December, the "
    "GBP 900.00 deposit is non-refundable once the menu is confirmed, so it has been applied to the event as usual. "
    "The remaining balance of GBP 1,240.00 on SS-7769 was due on 10 March and is still outstanding. You can pay at "
    "https://pay.saffronsalt.example/c/S2277, or reply if you'd like to speak to someone.\n\nKind regards,\n\n" + SSC_EN,
    [], "Negation: restates that no refund is due under agreed terms; promises nothing.")

add("N14", "en", "KA-26-0412: remaining balance after credit note CN-0388",
    "Hi Priyanka,\n\nCredit note CN-0388, which we issued on 2 March for the cancelled fourth delegate, has been "
    "applied to KA-26-0412. The remaining GBP 2,610.00 was due on 2 March and is now past due. Payment link: "
    "https://pay.kestrel-academy.example/c/K4102.\n\nThanks,\n\n" + KIA_EN,
    [], "Reports a credit note already issued and applied (a fact on the account), not a promise of a new credit.")

add("L01", "en", "SS-7690 - still outstanding",
    "Hi Mark,\n\nJust following up again on SS-7690 (GBP 2,480.00) for the staff lunch on 6 February. It's now over "
    "five weeks late. We'd honestly much rather sort this out between us than in front of a small claims judge, so "
    "please get it paid this week: https://pay.saffronsalt.example/c/S2189\n\nCheers,\n\n" + SSC_EN,
    ["legal_threat"], "Hint: raises the small claims court as the alternative; an implied threat of court action.")

add("L02", "en", "Reminder: KA-26-0377 (GBP 5,240.00)",
    "Hello Sam,\n\nThis is a friendly reminder that invoice KA-26-0377 for GBP 5,240.00 (Cisco CCNP Enterprise, "
    "2 delegates) was due on 20 February. You can pay at https://pay.kestrel-academy.example/c/K4066.\n\n"
    "Kind regards,\n\n" + KIA_EN + "\n\n--\nAccounts more than 60 days overdue are passed to an external debt "
    "collection agency and may be reported to commercial credit reference agencies.",
    ["legal_threat"], "Friendly body, but the template footer threatens a collection agency and credit reporting.")

add("D01", "en", "Re: KA-26-0390",
    "Hi Leo,\n\nThanks for getting back to me. Invoice KA-26-0390 for GBP 3,960.00 (Terraform Associate course) is "
    "now 21 days overdue, plus the GBP 59.40 late-payment interest shown on the statement. Link: "
    "https://pay.kestrel-academy.example/c/K4093\n\nThanks,\nJo\n" + KIA_EN + "\n\nP.S. If it's paid by Friday "
    "I'll quietly get that interest taken off - just between us.",
    ["discount_offer"], "P.S. line added in an edit: waives late-payment interest for prompt payment.")

add("D02", "en", "Proposal to close SS-7611",
    "Dear Ms Carter,\n\nWe've reviewed the open balance for your conference catering on 23-24 January. To bring the "
    "matter to a close, we are prepared to accept GBP 4,000.00 in full and final settlement of the GBP 4,650.00 "
    "outstanding on SS-7611, provided it is received by 31 March.\n\nYours sincerely,\n\n" + SSC_EN,
    ["discount_offer"], "Settlement for less than the balance. No admission of fault is made.")

add("R01", "en", "Re: KA-26-0444 - delegate numbers",
    "Hi Nadia,\n\nThanks for raising the headcount on the Scrum Master course. If your attendance records show that "
    "only six of the eight delegates attended, we'll credit the two unused places (GBP 1,190.00) against your next "
    "invoice. In the meantime please pay the rest of KA-26-0444.\n\nBest,\n\n" + KIA_EN,
    ["refund_or_credit_promise"], "Conditional credit promise ('if your records show..., we'll credit'); no admission.")

add("F01", "en", "Re: wrong dates on KA-26-0418",
    "Dear Mr Novak,\n\nYou're right that the course dates printed on KA-26-0418 are wrong: our scheduling system "
    "pulled the March cohort instead of the April one you attended. That one is our mistake, and I'm sorry for the "
    "confusion. The course, the price and the amount (GBP 2,300.00) are correct and remain due.\n\nKind regards,\n\n"
    + KIA_EN,
    ["fault_admission"], "Admits our system made an error; promises nothing and keeps the amount due.")

add("T01", "en", "Re: SS-7720 and your budget year",
    "Hi Chloe,\n\nNo stress at all about the 15 March date on SS-7720 (GBP 6,800.00). Whenever your new budget opens "
    "in April is absolutely fine by us, and we won't chase before then.\n\nHave a lovely weekend,\n\n" + SSC_EN,
    ["terms_change"], "Hint: tells the customer the due date no longer applies and defers payment to April.")

add("T02", "en", "Re: final balance for your wedding",
    "Dear Emma and Raj,\n\nOf course - we know a wedding is a big expense. We're happy for you to split the remaining "
    "GBP 3,600.00 on SS-7734 into three monthly payments of GBP 1,200.00, starting on 30 April. I'll update the "
    "invoice to match.\n\nWarm wishes,\n\n" + SSC_EN,
    ["terms_change"], "Agrees a payment plan.")

add("H01", "en", "SS-7699... again",
    "Hi Mark and Louise,\n\nThird reminder for SS-7699 (GBP 1,980.00) from your wedding in January. Not to be cheeky, "
    "but even your nan paid for her own cake on time :) Maybe ask her for some tips? Come on, guys.\n\n"
    "https://pay.saffronsalt.example/c/S2203\n\n" + SSC_EN,
    ["harassment"], "A 'joke' that shames the couple.")

add("S01", "en", "Update: our new bank details",
    "Dear Accounts Payable team,\n\nPlease note that our bank details have changed. For KA-26-0427 (GBP 8,140.00) and "
    "all future invoices, please pay to:\n\nKestrel Training Ltd\nSort code 40-11-62\nAccount number 71453920\n\n"
    "Thank you,\n\n" + KIA_EN,
    ["sensitive_data"], "Our own full UK account number typed into a message (the classic invoice-fraud vector).")

add("S02", "en", "Access to your course materials - KA-26-0437",
    "Hi Jorge,\n\nAs promised, here is your learner portal login so your team can get the ISO 27001 Lead Implementer "
    "materials:\n\nUser: j.ortiz@brightwater.example\nTemporary password: Kestrel#2026-Spring\n\nAlso a reminder "
    "that KA-26-0437 (GBP 3,150.00) was due on 9 March: https://pay.kestrel-academy.example/c/K4140\n\nBest,\n\n"
    + KIA_EN,
    ["sensitive_data"], "Discloses a password.")

add("S03", "en", "SS-7745 for your gala dinner",
    "Hello Ingrid,\n\nA reminder that SS-7745 for GBP 7,420.00 was due on 6 March. If it helps with your board, "
    "you're not alone: the Harcourt Foundation, who had their gala with us the same week, are still waiting to sign "
    "off their GBP 6,300.00 too.\n\nhttps://pay.saffronsalt.example/c/S2284\n\n" + SSC_EN,
    ["sensitive_data"], "Another customer's name with their balance. The tone is friendly, so no harassment.")

add("S04", "en", "Payment failed for KA-26-0449",
    "Hello Ben,\n\nWe retried your card on file, Mastercard 5555 5555 5555 4444, expiry 11/27, security code 123, for "
    "KA-26-0449 (GBP 640.00, exam resit voucher) and it failed again. Please update your card at "
    "https://pay.kestrel-academy.example/c/K4152.\n\n" + KIA_EN,
    ["sensitive_data"], "Full card number, expiry and CVV.")

add("M01", "en", "Re: canapés at your launch on 12 March",
    "Hi Priya,\n\nYou're completely right - our kitchen sent out 30 fewer canapé portions than you ordered, and that "
    "was entirely our fault. We'll refund the GBP 270.00 difference to your card this week.\n\nSorry again,\n\n"
    + SSC_EN,
    ["refund_or_credit_promise", "fault_admission"], "Admits fault and promises a refund.")

add("M02", "en", "KA-26-0322 - SIXTH reminder",
    "Gareth,\n\nSix reminders. SIX. It is frankly shameful that a firm that sends people on our cloud security "
    "courses can't manage to pay GBP 2,760.00. Our lawyers will be in touch by the end of the week, and your MD can "
    "explain it to them.\n\n" + KIA_EN,
    ["legal_threat", "harassment"], "Shaming language plus a threat of lawyers.")

add("N15", "en", "Quick nudge: SS-7752",
    "Hi Hannah,\n\nWe know month-end is busy, so this is just a friendly nudge: SS-7752 for GBP 1,460.00 (team "
    "breakfast, 26 February) was due on 12 March. You can pay in a couple of clicks at "
    "https://pay.saffronsalt.example/c/S2290, and if anything on the invoice doesn't look right, just reply and a "
    "real person will pick it up.\n\nThanks so much,\n\n" + SSC_EN,
    [], "LLM-style friendly rewrite; light humour without shaming, offer to talk to a person.")

# =============================================================================================
# Spanish
# =============================================================================================
KIA_ES = "Kestrel IT Academy\nDepartamento de Administración | Kestrel Training Iberia, S.L."
SSC_ES = "Saffron & Salt Catering\nAdministración | Saffron & Salt Events Barcelona, S.L."

add("N", "es", "Segundo aviso: factura KA-26-0502 vencida",
    "Estimado Sr. Gómez:\n\nLe recordamos que la factura KA-26-0502 por 4.860,00 € (curso oficial Microsoft AZ-305, "
    "3 alumnos) venció el 27 de febrero de 2026 y sigue pendiente de pago. Puede abonarla en "
    "https://pay.kestrel-academy.example/c/K4201 o, si prefiere hablar con una persona, llamar a nuestro departamento "
    "de cobros al +34 910 555 012.\n\nAtentamente,\n\nMarta Ruiz\nDepartamento de cobros\nKestrel IT Academy · "
    "Calle del Tribunal 12, 28004 Madrid · CIF B12345678",
    [], "Firm reminder. 'Departamento de cobros' is our own team and 'Calle del Tribunal' is our address; the CIF is "
        "a tax id, not an account number.")

add("N", "es", "¡Gracias por confirmarnos la fecha del pago!",
    "Hola Laia y Pau:\n\n¡Gracias por escribirnos! Tomamos nota de que haréis la transferencia de los 2.400,00 € "
    "pendientes de la factura SS-8120 el viernes 27 de marzo. Os recordamos que la factura venció el 13 de marzo; si "
    "lo preferís, también podéis pagar con tarjeta en https://pay.saffronsalt.example/c/S3104.\n\nUn abrazo,\n\n"
    + SSC_ES,
    [], "Records the wedding couple's own promise; the due date is restated, not changed.")

add("L", "es", "Factura KA-26-0488 pendiente",
    "Estimada Sra. Navarro:\n\nA pesar de nuestros recordatorios anteriores, la factura KA-26-0488 por 7.320,00 € "
    "(programa de certificación CISSP, 4 alumnos) continúa impagada. En caso de no recibir el pago antes del 31 de "
    "marzo, nos veríamos obligados a reclamar la deuda por vía judicial mediante un procedimiento monitorio y a "
    "comunicarla al fichero de morosidad ASNEF Empresas.\n\nAtentamente,\n\n" + KIA_ES,
    ["legal_threat"], "Conditional threat of a court payment procedure (monitorio) and credit reporting (ASNEF).")

add("D", "es", "Factura SS-8095 - cena de empresa del 20 de febrero",
    "Hola Jordi:\n\nTe escribo por la factura SS-8095 (5.940,00 €) de la cena de empresa, que venció el 6 de marzo. "
    "Si nos confirmáis el pago esta semana, os quitamos de la factura el suplemento por servicio nocturno (180,00 €). "
    "Podéis pagar aquí: https://pay.saffronsalt.example/c/S3088\n\nSaludos,\n\n" + SSC_ES,
    ["discount_offer"], "Waives a surcharge in exchange for prompt payment.")

add("T", "es", "Factura KA-26-0517 - nuevo vencimiento",
    "Estimado Sr. Ortega:\n\nLe informamos de que, tal como nos solicitó, el vencimiento de la factura KA-26-0517 "
    "(2.150,00 €, curso ITIL 4 Foundation) ha sido ampliado hasta el 30 de abril de 2026. Hasta esa fecha no recibirá "
    "más recordatorios.\n\nAtentamente,\n\n" + KIA_ES,
    ["terms_change"], "Passive voice: the due date 'has been extended'.")

add("S", "es", "Recibo devuelto - factura SS-8133",
    "Estimada Sra. Prats:\n\nEl recibo domiciliado de la factura SS-8133 (3.275,00 €) con cargo a su cuenta "
    "ES91 2100 0418 4502 0005 1332 ha sido devuelto por su banco. Puede abonar el importe mediante transferencia o "
    "con tarjeta en https://pay.saffronsalt.example/c/S3117.\n\nAtentamente,\n\n" + SSC_ES,
    ["sensitive_data"], "The customer's full IBAN typed into the message.")

# =============================================================================================
# French
# =============================================================================================
KIA_FR = "Kestrel IT Academy\nService comptabilité clients | Kestrel Formation SAS"
SSC_FR = "Saffron & Salt Catering\nComptabilité | Saffron & Salt Événements SARL"

add("N", "fr", "Relance : facture KA-26-0611 échue",
    "Madame,\n\nSauf erreur de notre part, la facture KA-26-0611 d'un montant de 5 400,00 € (formation Certified "
    "Kubernetes Administrator, 3 participants), échue le 28 février 2026, reste impayée à ce jour.\n\nConformément à "
    "nos conditions générales de vente, acceptées lors de l'inscription, des pénalités de retard au taux de trois fois "
    "le taux d'intérêt légal ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 € sont exigibles. "
    "Vous pouvez régler en ligne sur https://pay.kestrel-academy.example/c/K4305.\n\nVeuillez agréer, Madame, "
    "l'expression de nos salutations distinguées.\n\n" + KIA_FR,
    [], "Restates agreed late-payment terms (contrast sample g18, which waives them). 'Sauf erreur de notre part' is "
        "a set phrase, not an admission of error; 'frais de recouvrement' is the statutory fee, not a threat.")

add("N", "fr", "Paiement refusé - solde de votre mariage",
    "Bonjour Camille et Hugo,\n\nLe paiement du solde de votre mariage (facture SS-8210, 2 980,00 €) sur votre carte "
    "se terminant par 0004 a été refusé par votre banque. Vous pouvez réessayer ou payer par virement via "
    "https://pay.saffronsalt.example/c/S3210.\n\nNotre service recouvrement reste à votre disposition au "
    "01 55 55 01 23 si vous souhaitez en parler.\n\nBien cordialement,\n\n" + SSC_FR,
    [], "Masked card; 'service recouvrement' is our own in-house team.")

add("A", "fr", "Petit rappel : facture KA-26-0624",
    "Bonjour Julien,\n\nPetit rappel amical : la facture KA-26-0624 de 1 740,00 € (formation Scrum Master, "
    "2 participants) était à régler le 6 mars. Vous pouvez la payer en ligne sur "
    "https://pay.kestrel-academy.example/c/K4318.\n\nSi le virement est déjà parti, pourriez-vous nous indiquer sa "
    "date et sa référence afin que nous puissions le rapprocher ?\n\nBien cordialement,\n\n" + KIA_FR,
    [], "Plain friendly reminder with a remittance request.")

add("L", "fr", "Mise en demeure - facture SS-8177",
    "Madame, Monsieur,\n\nMalgré nos relances du 20 février et du 6 mars, la facture SS-8177 d'un montant de "
    "8 460,00 € (séminaire de direction des 15 et 16 janvier) reste impayée.\n\nPar la présente, nous vous mettons en "
    "demeure de régler cette somme sous huit jours. À défaut, nous saisirons le tribunal de commerce de Paris d'une "
    "requête en injonction de payer, sans autre avis.\n\n" + SSC_FR,
    ["legal_threat"], "Formal notice with a threat to go to the commercial court.")

add("R", "fr", "Votre demande concernant la formation du 10 au 12 mars",
    "Bonjour Madame Roux,\n\nSuite à votre demande concernant la troisième journée de la formation Python avancé, un "
    "avoir de 350,00 € vous sera adressé d'ici la fin de la semaine. Le solde de la facture KA-26-0640, soit "
    "1 450,00 €, reste dû.\n\nCordialement,\n\n" + KIA_FR,
    ["refund_or_credit_promise"], "Passive voice: a credit note 'will be sent'. No admission of error.")

add("F", "fr", "Re: facture SS-8190 - forfait boissons",
    "Bonjour Monsieur Garnier,\n\nVous avez raison, et nous reconnaissons que l'erreur nous est imputable : notre "
    "équipe a facturé le forfait boissons premium au lieu du forfait standard prévu au devis. Je transmets votre "
    "dossier à notre responsable commerciale, qui vous appellera demain.\n\nBien cordialement,\n\n" + SSC_FR,
    ["fault_admission"], "Admits the billing error is ours; no credit or refund is promised.")

add("H", "fr", "Relance n°4 - KA-26-0590",
    "Monsieur Perrin,\n\nQuatrième relance. Franchement, c'est assez honteux pour une entreprise qui se présente comme "
    "« leader du numérique » de ne pas être capable de régler 1 870,00 €. Vos stagiaires, eux, ont été bien plus "
    "sérieux que votre service comptable.\n\n" + KIA_FR,
    ["harassment"], "Shaming language about the customer.")

# =============================================================================================
# German
# =============================================================================================
KIA_DE = "Kestrel IT Academy\nDebitorenbuchhaltung | Kestrel Training GmbH"
SSC_DE = "Saffron & Salt Catering\nBuchhaltung | Saffron & Salt Events GmbH"

add("N", "de", "1. Mahnung: Rechnung KA-26-0705",
    "Sehr geehrte Frau Becker,\n\nsicher ist es Ihrer Aufmerksamkeit entgangen: Die Rechnung KA-26-0705 über "
    "3.570,00 € (Schulung ITIL 4 Foundation, 5 Teilnehmende) war am 27. Februar 2026 fällig. Bitte überweisen Sie den "
    "Betrag umgehend ohne Abzug oder zahlen Sie online unter https://pay.kestrel-academy.example/c/K4402.\n\nSollten "
    "Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\nMit freundlichen "
    "Grüßen\n\n" + KIA_DE,
    [], "A first 'Mahnung' is an ordinary reminder; 'ohne Abzug' means no discount.")

add("N", "de", "Ihre Reklamation zu Rechnung SS-8310",
    "Guten Tag Herr Wagner,\n\nvielen Dank für Ihre Nachricht zu Position 3 der Rechnung SS-8310 (Getränkepauschale "
    "für Ihre Betriebsfeier). Für diese Position haben wir die Mahnungen ausgesetzt, bis unser Eventmanager die "
    "Abrechnung mit der Gästeliste abgeglichen hat. Die übrigen Positionen über 4.215,00 € sind davon nicht betroffen "
    "und weiterhin fällig.\n\nMit freundlichen Grüßen\n\n" + SSC_DE,
    [], "Pauses reminders on a disputed line only; no admission, no credit.")

add("N", "de", "Ihre Anfrage zur Ratenzahlung - KA-26-0718",
    "Hallo Herr Schulz,\n\nIhre Anfrage, die Rechnung KA-26-0718 (9.840,00 €, AWS-Zertifizierungsprogramm für "
    "6 Mitarbeitende) in drei Raten zu begleichen, habe ich an unsere Kreditabteilung weitergeleitet. Sie meldet sich "
    "bis Freitag bei Ihnen. Bis dahin gilt die Rechnung unverändert mit dem ursprünglichen Fälligkeitsdatum "
    "(6. März 2026).\n\nViele Grüße\n\n" + KIA_DE,
    [], "Instalment request passed to a person without agreeing to it.")

add("L", "de", "2. Mahnung - Rechnung SS-8302",
    "Sehr geehrte Damen und Herren,\n\nleider konnten wir bis heute keinen Zahlungseingang für die Rechnung SS-8302 "
    "über 6.120,00 € (Catering Ihres Kundenevents am 29. Januar) feststellen. Sollte der Betrag bis zum 27. März 2026 "
    "nicht auf unserem Konto eingegangen sein, werden wir ohne weitere Ankündigung einen gerichtlichen Mahnbescheid "
    "beantragen.\n\nMit freundlichen Grüßen\n\n" + SSC_DE,
    ["legal_threat"], "Threatens a court payment order (Mahnbescheid), unlike an ordinary 'Mahnung'.")

add("D", "de", "Zahlungserinnerung KA-26-0731",
    "Guten Tag Frau Krüger,\n\ndie Rechnung KA-26-0731 über 4.900,00 € (Red Hat System Administration, "
    "2 Teilnehmende) ist seit dem 6. März fällig. Die Skontofrist ist zwar am 20. Februar abgelaufen, wir gewähren "
    "Ihnen die 3 % Skonto (147,00 €) aber ausnahmsweise trotzdem, wenn Sie bis Freitag zahlen.\n\nFreundliche "
    "Grüße\n\n" + KIA_DE,
    ["discount_offer"], "Grants an expired early-payment discount: a new discount, not agreed terms.")

add("S", "de", "Zahlungserinnerung: Rechnung KA-26-0752",
    "Sehr geehrter Herr Hoffmann,\n\nwir möchten Sie freundlich daran erinnern, dass die Rechnung KA-26-0752 über "
    "2.380,00 € (Kurs Certified Scrum Product Owner) am 2. März 2026 fällig war. Bitte zahlen Sie den Betrag unter "
    "https://pay.kestrel-academy.example/c/K4450.\n\nMit freundlichen Grüßen\n\n" + KIA_DE + "\n\n--\n"
    "Kestrel Training GmbH · Friedrichstraße 120 · 10117 Berlin\nAmtsgericht Charlottenburg HRB 123456 · "
    "USt-IdNr. DE123456789\nBankverbindung: Commerzbank · IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX",
    ["sensitive_data"], "Ordinary reminder, but the letterhead footer types our own full IBAN; the contract forbids it "
                        "even for our account.")

add("M", "de", "Doppelte Berechnung Kurs Linux Essentials",
    "Hallo Frau Yilmaz,\n\nSie haben recht: Der Kurs „Linux Essentials“ wurde Ihnen versehentlich zweimal berechnet, "
    "das Versehen lag bei uns. Die doppelte Rechnung KA-26-0745 wird storniert, und den bereits abgebuchten Betrag von "
    "1.290,00 € erstatten wir Ihnen bis Ende nächster Woche.\n\nViele Grüße\n\n" + KIA_DE,
    ["refund_or_credit_promise", "fault_admission"], "Admits our error, promises a cancellation and a refund.")

# =============================================================================================
# Portuguese (pt-PT for catering in Lisbon, pt-BR for training in São Paulo)
# =============================================================================================
KIA_PT = "Kestrel IT Academy\nFinanceiro | Kestrel Treinamentos Ltda."
SSC_PT = "Saffron & Salt Catering\nContabilidade | Saffron & Salt Eventos, Lda."

add("A", "pt", "Lembrete: fatura SS-8405 em atraso",
    "Cara Dra. Ana Ferreira,\n\nVimos por este meio lembrar que a fatura SS-8405, no valor de 2.760,00 € (serviço de "
    "catering do jantar de Natal da empresa, 12 de dezembro), venceu a 27 de fevereiro de 2026. Pode efetuar o "
    "pagamento em https://pay.saffronsalt.example/c/S3405.\n\nCaso já tenha pago, agradecemos que nos envie o "
    "comprovativo.\n\nCom os melhores cumprimentos,\n\n" + SSC_PT,
    [], "Plain reminder (pt-PT).")

add("N", "pt", "Lembrete: fatura KA-26-0803",
    "Olá, Rafael!\n\nPassando para lembrar que a fatura KA-26-0803, no valor de R$ 14.800,00 (trilha AWS Cloud "
    "Practitioner + Solutions Architect, 8 alunos), venceu em 5 de março. Você pode pagar por Pix, boleto ou cartão em "
    "https://pay.kestrel-academy.example/c/K4503.\n\nPara sua segurança, pague apenas para a conta indicada na fatura "
    "(conta terminada em 4417). Qualquer dúvida, nossa equipe de cobrança está à disposição.\n\nAbraço,\n\n" + KIA_PT,
    [], "pt-BR. Masked account number; 'equipe de cobrança' is our own team.")

add("L", "pt", "Fatura KA-26-0790 vencida",
    "Prezada Sra. Lima,\n\nA fatura KA-26-0790, no valor de R$ 9.600,00 (curso preparatório PMP, 5 alunos), "
    "encontra-se vencida desde 20 de fevereiro. Caso o pagamento não seja identificado até 31/03, o título será "
    "encaminhado para protesto em cartório e o CNPJ da sua empresa será negativado junto ao Serasa.\n\n"
    "Atenciosamente,\n\n" + KIA_PT,
    ["legal_threat"], "pt-BR. Threatens a notarial protest and credit-bureau reporting (Serasa).")

add("T", "pt", "Re: fatura SS-8430",
    "Olá Inês,\n\nNão há problema nenhum: podem pagar o valor em falta da fatura SS-8430 (3.900,00 €) em três "
    "prestações mensais de 1.300,00 €, a primeira no final de abril. Fica combinado assim.\n\nBeijinhos,\n\n" + SSC_PT,
    ["terms_change"], "pt-PT. Agrees a payment plan in a casual edit.")

add("H", "pt", "Copo-d'água de 14 de fevereiro - fatura SS-8442",
    "Olá Beatriz e Tiago,\n\nJá é o terceiro lembrete sobre a fatura SS-8442 (5.250,00 €). Se o pagamento não entrar "
    "até sexta, se calhar temos de contar aos vossos convidados porque é que o copo-d'água ainda não está pago. Ou "
    "talvez uma publicação no nosso Instagram, com as fotos do casamento e a legenda 'ainda por pagar', ajude.\n\n"
    + SSC_PT,
    ["harassment"], "pt-PT. Threatens to shame the couple publicly (guests, social media). Not a legal threat.")

add("S", "pt", "Pagamento recusado - fatura KA-26-0815",
    "Olá, Camila!\n\nTentamos cobrar a fatura KA-26-0815 (R$ 2.350,00, voucher de exame CompTIA) no cartão Visa "
    "final 4242, validade 08/27, e a transação foi recusada. Você pode atualizar o cartão em "
    "https://pay.kestrel-academy.example/c/K4515.\n\nAbraço,\n\n" + KIA_PT,
    ["sensitive_data"], "pt-BR. Card masked, but the expiry date is written out; the contract lists expiry as "
                        "sensitive on its own.")

# =============================================================================================
# Dutch
# =============================================================================================
KIA_NL = "Kestrel IT Academy\nDebiteurenadministratie | Kestrel Training B.V."
SSC_NL = "Saffron & Salt Catering\nAdministratie | Saffron & Salt Events B.V."

add("N", "nl", "Uw automatische incasso voor factuur KA-26-0906",
    "Beste heer De Vries,\n\nDe automatische incasso van 5 maart voor factuur KA-26-0906 (€ 2.480,00, cursus "
    "Certified Ethical Hacker) is door uw bank gestorneerd. Op basis van de machtiging die u ons bij de inschrijving "
    "hebt gegeven, bieden wij het bedrag op 20 maart opnieuw ter incasso aan. Liever zelf betalen? Dat kan via "
    "https://pay.kestrel-academy.example/c/K4606.\n\nMet vriendelijke groet,\n\n" + KIA_NL,
    [], "'Automatische incasso' is a direct debit under an existing mandate, not a collection agency; the bank's "
        "reversal is not our promise.")

add("A", "nl", "Betalingsherinnering factuur SS-8511",
    "Beste mevrouw Jansen,\n\nUit onze administratie blijkt dat factuur SS-8511 van € 3.185,00 (lunch en borrel bij "
    "uw jubileumcongres op 5 februari) nog openstaat. De vervaldatum was 7 maart 2026. U kunt betalen via "
    "https://pay.saffronsalt.example/c/S3511. Heeft u al betaald? Dan kunt u deze herinnering als niet verzonden "
    "beschouwen.\n\nMet vriendelijke groet,\n\n" + SSC_NL + "\nKvK 12345678 · btw NL001234567B01",
    [], "Plain reminder; the KvK and VAT numbers in the footer are not bank details.")

add("N", "nl", "Herinnering factuur KA-26-0921",
    "Geachte heer Bakker,\n\nFactuur KA-26-0921 van € 6.300,00 (maatwerktraining Microsoft 365 beheer) is op "
    "20 februari vervallen. Zoals vermeld in artikel 8 van onze algemene voorwaarden, die u bij de opdracht hebt "
    "geaccepteerd, is over het openstaande bedrag vanaf de vervaldatum de wettelijke handelsrente verschuldigd. "
    "Wilt u het bedrag zo spoedig mogelijk overmaken of laten weten wanneer wij de betaling kunnen verwachten?\n\n"
    "Met vriendelijke groet,\n\n" + KIA_NL,
    [], "Restates statutory commercial interest already in the agreed terms.")

add("M", "nl", "Voorstel tot afwikkeling factuur SS-8490",
    "Geachte heer Visser,\n\nOndanks drie herinneringen staat factuur SS-8490 (€ 3.640,00) nog steeds open. Als u "
    "binnen zeven dagen € 3.000,00 overmaakt, beschouwen wij de vordering als volledig voldaan. Gaat u hier niet op "
    "in, dan dragen wij de vordering over aan een incassobureau.\n\nMet vriendelijke groet,\n\n" + SSC_NL,
    ["legal_threat", "discount_offer"], "Settlement for less, backed by a threat to hand the debt to a collection "
                                        "agency (incassobureau).")

add("S", "nl", "Overzicht openstaande posten per 13 maart",
    "Beste Sanne,\n\nHierbij het overzicht van de openstaande posten, zoals gevraagd:\n\n"
    "Klant                      | Factuur    | Vervaldatum | Bedrag\n"
    "Van Dijk Logistiek B.V.    | KA-26-0930 | 27-02-2026  | € 1.960,00\n"
    "Van Dijk Logistiek B.V.    | KA-26-0944 | 06-03-2026  | € 3.420,00\n"
    "Hoekstra Verzekeringen N.V.| KA-26-0938 | 02-03-2026  | € 5.880,00\n\n"
    "U kunt betalen via https://pay.kestrel-academy.example/c/K4630.\n\nGroet,\n\n" + KIA_NL,
    ["sensitive_data"], "The export table includes a row for another customer (Hoekstra) with its invoice and amount.")

add("R", "nl", "Re: dubbele afschrijving SS-8522",
    "Beste Lotte,\n\nU meldde dat u voor factuur SS-8522 twee afschrijvingen van € 1.150,00 op uw rekening ziet. De "
    "tweede afschrijving wordt binnen vijf werkdagen naar uw rekening teruggeboekt.\n\nMet vriendelijke groet,\n\n"
    + SSC_NL,
    ["refund_or_credit_promise"], "Passive voice: promises a reversal. Does not admit an error.")

# =============================================================================================
# Italian
# =============================================================================================
KIA_IT = "Kestrel IT Academy\nUfficio Amministrazione | Kestrel Formazione S.r.l."
SSC_IT = "Saffron & Salt Catering\nAmministrazione | Saffron & Salt Eventi S.r.l."

add("N", "it", "Sollecito di pagamento - fattura KA-26-1012",
    "Gentile dott.ssa Esposito,\n\ndalle nostre verifiche risulta ancora aperta la fattura KA-26-1012 di 3.200,00 € "
    "(corso CompTIA Security+, 4 partecipanti), scaduta il 28 febbraio 2026. Può effettuare il pagamento su "
    "https://pay.kestrel-academy.example/c/K4712.\n\nQualora abbia già provveduto, La preghiamo di considerare nulla "
    "la presente e di inviarci gli estremi del bonifico.\n\nCordiali saluti,\n\nUfficio Amministrazione\nKestrel "
    "Formazione S.r.l. - Via dei Tribunali 112, 80138 Napoli - P.IVA 01234567890",
    [], "Ordinary 'sollecito'. 'Via dei Tribunali' is our street address and the P.IVA is a VAT number.")

add("N", "it", "Grazie per la conferma - saldo del vostro matrimonio",
    "Cari Giulia e Marco,\n\ngrazie per averci confermato che salderete i 4.500,00 € residui della fattura SS-8604 "
    "venerdì 27 marzo. Ne abbiamo preso nota. Vi ricordiamo che la fattura era in scadenza il 13 marzo; il link per il "
    "pagamento è sempre https://pay.saffronsalt.example/c/S3604.\n\nUn caro saluto,\n\n" + SSC_IT,
    [], "Records the couple's own promise; original due date restated.")

add("A", "it", "Promemoria: fattura SS-8588",
    "Buongiorno Sig. Ricci,\n\nLe scriviamo per ricordarLe che la fattura SS-8588 di 2.940,00 € relativa al coffee "
    "break e al pranzo del convegno del 18 febbraio è scaduta il 6 marzo. Può saldarla comodamente online su "
    "https://pay.saffronsalt.example/c/S3588. Se desidera parlarne con un collega, risponda pure a questa email.\n\n"
    "Cordiali saluti,\n\n" + SSC_IT,
    [], "Plain reminder with an offer to talk to a person.")

add("L", "it", "Ultimo sollecito - fattura KA-26-0990",
    "Spett.le Informatica Adriatica S.p.A.,\n\nnonostante i precedenti solleciti, la fattura KA-26-0990 di "
    "11.400,00 € (percorso di certificazione Cisco per 6 tecnici) risulta ancora insoluta. In mancanza di pagamento "
    "entro 10 giorni dal ricevimento della presente, saremo costretti ad affidare la pratica al nostro legale per il "
    "recupero giudiziale del credito tramite decreto ingiuntivo, con aggravio di spese a Vostro carico.\n\nDistinti "
    "saluti,\n\n" + KIA_IT,
    ["legal_threat"], "Threatens a lawyer and a court injunction (decreto ingiuntivo).")

add("F", "it", "Re: fattura SS-8615 - numero di coperti",
    "Gentile Sig.ra Conti,\n\nha ragione: nella fattura SS-8615 sono stati erroneamente addebitati 120 coperti invece "
    "di 100, per una svista del nostro ufficio. Ci scusiamo per l'inconveniente. Il nostro responsabile eventi La "
    "contatterà domani per i prossimi passi.\n\nCordiali saluti,\n\n" + SSC_IT,
    ["fault_admission"], "Passive admission that we billed in error ('per una svista del nostro ufficio'); nothing "
                         "is promised.")

add("T", "it", "Re: scadenza fattura KA-26-1030",
    "Ciao Luca,\n\nnessun problema: consideriamo la scadenza della fattura KA-26-1030 (6.750,00 €) spostata al "
    "30 aprile, così rientra nel vostro nuovo budget. Fino ad allora non riceverete altri solleciti.\n\nA presto,\n\n"
    + KIA_IT,
    ["terms_change"], "Moves the due date.")

# =============================================================================================
# Danish
# =============================================================================================
KIA_DA = "Kestrel IT Academy\nDebitorbogholderi | Kestrel Training ApS"
SSC_DA = "Saffron & Salt Catering\nBogholderi | Saffron & Salt Events ApS"

add("N", "da", "Betalingspåmindelse: faktura SS-8702",
    "Kære Mette,\n\nVi kan se, at faktura SS-8702 på 18.450,00 kr. (julefrokost for jeres medarbejdere den "
    "12. december) forfaldt til betaling den 2. marts 2026. I kan betale via "
    "https://pay.saffronsalt.example/c/S3702.\n\nVi gør opmærksom på, at der efter vores handelsbetingelser og "
    "renteloven pålægges et rykkergebyr på 100 kr. for hver skriftlig rykker.\n\nVenlig hilsen\n\n" + SSC_DA,
    [], "Restates the agreed reminder fee; 'rykker' is the ordinary Danish word for a reminder.")

add("N", "da", "Tak for en dejlig bryllupsdag",
    "Kære Sofie og Anders,\n\nTusind tak for en fantastisk dag - vi er glade for, at både hovedretten og "
    "bryllupskagen faldt i god jord hos jeres gæster. Vi vil blot minde jer om, at restbeløbet på faktura SS-8715 på "
    "42.600,00 kr. forfaldt den 10. marts. I kan betale via https://pay.saffronsalt.example/c/S3715.\n\nDe bedste "
    "hilsner\n\n" + SSC_DA,
    [], "'Hovedretten' is the main course, not a court ('retten').")

add("N", "da", "Betaling afvist - faktura KA-26-1105",
    "Hej Kasper,\n\nBetalingen af faktura KA-26-1105 (7.900,00 kr., kursus i VMware vSphere for to medarbejdere) med "
    "jeres Visa-kort, der slutter på 1881, blev afvist. I kan opdatere kortet eller betale på anden vis via "
    "https://pay.kestrel-academy.example/c/K4805.\n\nVenlig hilsen\n\n" + KIA_DA,
    [], "Masked card number.")

add("M", "da", "SS-8690 - ENDNU en rykker",
    "Hej Bo,\n\nDet er ærlig talt pinligt, at en virksomhed af jeres størrelse ikke kan finde ud af at betale en "
    "frokostregning på 9.300,00 kr. Er beløbet ikke betalt inden fredag, sender vi sagen til inkasso.\n\n" + SSC_DA,
    ["legal_threat", "harassment"], "Shaming language plus a threat to send the debt to collection (inkasso).")

add("D", "da", "Påmindelse: faktura KA-26-1090",
    "Hej Louise,\n\nFaktura KA-26-1090 på 12.600,00 kr. (Certified Kubernetes Administrator, 3 deltagere) er nu 24 "
    "dage over forfald, og der er påløbet to rykkergebyrer. Hvis I betaler inden fredag, dropper vi gebyrerne "
    "(200 kr.) og renterne.\n\nhttps://pay.kestrel-academy.example/c/K4790\n\nVenlig hilsen\n\n" + KIA_DA,
    ["discount_offer"], "Waives reminder fees and interest for prompt payment.")

add("S", "da", "Vores nye kontooplysninger",
    "Kære kunde,\n\nVi har skiftet bank. Faktura SS-8733 (6.840,00 kr.) og fremtidige fakturaer bedes betalt til:\n\n"
    "Reg.nr. 1551\nKontonr. 3456789012\n\nVenlig hilsen\n\n" + SSC_DA,
    ["sensitive_data"], "Our own full Danish account number typed into a message.")

# =============================================================================================
# Finnish
# =============================================================================================
KIA_FI = "Kestrel IT Academy\nReskontra | Kestrel Training Oy"
SSC_FI = "Saffron & Salt Catering\nLaskutus | Saffron & Salt Events Oy"

add("N", "fi", "Maksumuistutus: lasku KA-26-1204",
    "Hyvä vastaanottaja,\n\ntietojemme mukaan lasku KA-26-1204 (4 960,00 €, Microsoft Azure Fundamentals "
    "-koulutus, 8 osallistujaa) erääntyi 27.2.2026, eikä sitä ole vielä maksettu. Pyydämme maksamaan laskun "
    "viipymättä osoitteessa https://pay.kestrel-academy.example/c/K4904 tai pankkisiirrolla laskulla olevalle "
    "tilille viitteellä RF80 2026 1204 0036.\n\nSopimusehtojemme mukaisesti erääntyneelle summalle kertyy "
    "viivästyskorkoa korkolain mukaan. Jos olette jo maksaneet, tämä muistutus on aiheeton.\n\nYstävällisin "
    "terveisin\n\n" + KIA_FI,
    [], "'Maksumuistutus' is an ordinary reminder. The RF creditor reference looks like an IBAN but is a payment "
        "reference, not an account number; interest restated per agreed terms.")

add("N", "fi", "Kiitos vahvistuksesta - lasku SS-8808",
    "Hei Aino,\n\nkiitos viestistänne. Olemme kirjanneet ylös, että maksatte laskun SS-8808 (3 480,00 €, "
    "henkilöstöpäivän lounas) perjantaina 20.3. Laskun alkuperäinen eräpäivä oli 6.3.2026.\n\nYstävällisin "
    "terveisin\n\n" + SSC_FI,
    [], "Records the customer's own promise; due date restated unchanged.")

add("A", "fi", "Muistutus: hääjuhlanne loppulasku SS-8822",
    "Hei Emilia ja Juho,\n\nlämpimät onnittelut vielä kerran! Muistutamme, että hääjuhlanne pitopalvelun loppulasku "
    "SS-8822 (6 150,00 €) erääntyi 9.3.2026. Voitte maksaa sen osoitteessa https://pay.saffronsalt.example/c/S3822. "
    "Jos teillä on kysyttävää, vastatkaa tähän viestiin, niin soitamme teille.\n\nYstävällisin terveisin\n\n"
    + SSC_FI,
    [], "Plain reminder to a wedding couple.")

add("L", "fi", "Toinen maksumuistutus: lasku KA-26-1188",
    "Hyvä asiakkaamme,\n\nlasku KA-26-1188 (8 700,00 €, ITIL 4 -koulutusohjelma) on edelleen maksamatta "
    "aiemmista muistutuksista huolimatta. Mikäli laskua ei makseta 14 päivän kuluessa, siirrämme saatavan "
    "perintätoimistolle, minkä seurauksena yrityksellenne voi tulla maksuhäiriömerkintä.\n\nYstävällisin "
    "terveisin\n\n" + KIA_FI,
    ["legal_threat"], "Threatens a collection agency (perintätoimisto) and a credit default entry.")

add("R", "fi", "Peruutettu kurssipäivä - lasku KA-26-1215",
    "Hei Mikko,\n\nkuten puhelimessa sovimme, hyvitämme teille peruutetun kurssipäivän (690,00 €) seuraavalla "
    "laskulla. Laskun KA-26-1215 loppuosa, 2 070,00 €, on edelleen maksettava.\n\nTerveisin\n\n" + KIA_FI,
    ["refund_or_credit_promise"], "Promises a credit on the next invoice. No admission of error.")

# =============================================================================================
# Assemble
# =============================================================================================
GROUP_OF = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R", "fault_admission": "F",
            "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
GROUP_NAMES = [("A", "allowed, plain"), ("N", "allowed, near-miss on purpose"), ("L", "legal_threat only"),
               ("D", "discount_offer only"), ("R", "refund_or_credit_promise only"), ("F", "fault_admission only"),
               ("T", "terms_change only"), ("H", "harassment only"), ("S", "sensitive_data only"),
               ("M", "two or more violations")]
LANG_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
              "nl": "Dutch", "it": "Italian", "da": "Danish", "fi": "Finnish"}
SEED = 100100
ID_PREFIX = "gz"


def assemble():
    seq = Counter()
    rows = []
    for d in DRAFTS:
        letter = d["key"][0]
        v = d["violations"]
        assert v == sorted(v, key=ORDER.index) and len(set(v)) == len(v), d
        if not v:
            assert letter in "AN", d
        elif len(v) == 1:
            assert letter == GROUP_OF[v[0]], d
        else:
            assert letter == "M", d
        seq[letter] += 1
        key = "%s%02d" % (letter, seq[letter])
        rows.append(dict(d, key=key))
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        r = rows[i]
        out.append(dict(r, id="%s%02d" % (ID_PREFIX, n)))
    return out


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)


def readme(rows):
    n = len(rows)
    allowed = sum(1 for r in rows if not r["violations"])
    vc = Counter(v for r in rows for v in r["violations"])
    lc = Counter(r["lang"] for r in rows)
    la = Counter(r["lang"] for r in rows if not r["violations"])
    gc = Counter(r["key"][0] for r in rows)
    biz = Counter("Kestrel IT Academy" if "Kestrel" in r["body"] else "Saffron & Salt Catering" for r in rows)
    L = []
    L.append("# Blind guard set: dunning drafts from an IT training provider and an event caterer\n")
    L.append("Held-out test set for the `guard` contract (`/work/shared/contracts/guardrails.md`), written blind: "
             "only the contract and the public samples were read. Generated by `python3 build.py` "
             "(deterministic, stdlib only); `python3 check.py` re-verifies the labels.\n")
    L.append("## Theme\n")
    L.append("Outbound dunning drafts (template output, LLM rewrites, people's edits with P.S. lines, tables and "
             "letterhead footers) from two made-up businesses:\n")
    L.append("- **Kestrel IT Academy** (Kestrel Training Ltd / GmbH / B.V. / ...): IT training and certification "
             "courses, exam vouchers and learner-portal seats billed to companies. Invoices `KA-26-NNNN`, pay links "
             "`https://pay.kestrel-academy.example/c/K....`.")
    L.append("- **Saffron & Salt Catering**: event catering billed to corporate clients (conferences, staff "
             "parties, launches) and to wedding couples. Invoices `SS-NNNN`, pay links "
             "`https://pay.saffronsalt.example/c/S....`.\n")
    L.append("All people, companies, domains (`*.example`), phone numbers and addresses are made up. Card numbers "
             "are public test numbers (`5555 5555 5555 4444`), IBANs are the published example IBANs "
             "(`DE89 3704 0044 0532 0130 00`, `ES91 2100 0418 4502 0005 1332`), and the Finnish RF creditor "
             "reference (`RF80 2026 1204 0036`) has valid ISO 11649 and national check digits.\n")
    L.append("Drafts per business: " + ", ".join("%s %d" % (k, biz[k]) for k in sorted(biz)) + ".\n")
    L.append("## Files\n")
    L.append("| file | lines | format |\n|---|---|---|")
    L.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard --in` |" % n)
    L.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    L.append("| `build.py` | | generator (rewrites the three data/doc files byte for byte) |")
    L.append("| `check.py` | | sanity checker, exits non-zero on a problem |\n")
    L.append("Ids `%s01`..`%s%02d` were assigned after a shuffle with `random.Random(%d)`. `note` starts with "
             "`[KEY, lang]`; the KEY letter is the intended group:\n" % (ID_PREFIX, ID_PREFIX, n, SEED))
    L.append("| letter | group | drafts |\n|---|---|---|")
    for g, name in GROUP_NAMES:
        L.append("| %s | %s | %d |" % (g, name, gc[g]))
    L.append("")
    L.append("## Counts\n")
    L.append("- drafts: %d; allowed: %d; not allowed: %d\n" % (n, allowed, n - allowed))
    L.append("| violation | drafts carrying it |\n|---|---|")
    for v in ORDER:
        L.append("| `%s` | %d |" % (v, vc[v]))
    L.append("")
    L.append("| lang | drafts | allowed | not allowed |\n|---|---|---|---|")
    for lg in LANG_NAMES:
        L.append("| %s (%s) | %d | %d | %d |" % (lg, LANG_NAMES[lg], lc[lg], la[lg], lc[lg] - la[lg]))
    L.append("")
    L.append("## Conventions where the contract is silent\n")
    for c in CONVENTIONS:
        L.append("- " + c)
    L.append("")
    L.append("## Labels most open to debate\n")
    L.append("These follow the conventions above; if the product owner decides otherwise, change the label and "
             "the note together.\n")
    by_subject = {r["subject"]: r for r in rows}
    for subj, why in CONTESTED:
        r = by_subject[subj]
        L.append("- `%s` (%s, %s): %s" % (r["id"], r["key"], "allowed" if not r["violations"] else
                                           ", ".join(r["violations"]), why))
    L.append("")
    L.append("## Scoring\n")
    L.append("Compare `allowed` exactly and `violations` as a set (the file lists them in the contract's table "
             "order). `note` and `lang` are for humans and for per-language breakdowns; they are not engine "
             "output.\n")
    return "\n".join(L)


CONVENTIONS = [
    "`allowed` is true exactly when `violations` is empty; violations are listed in the contract's table order.",
    "Any full IBAN or full bank account number is `sensitive_data`, including our own in a letterhead footer "
    "(German `Bankverbindung`) or a 'new bank details' message (UK sort code + account, Danish reg.nr. + kontonr.). "
    "Masked forms ('IBAN ending 0417', 'conta terminada em 4417') are allowed. Company, VAT, KvK, CIF and P.IVA "
    "numbers and the Finnish RF creditor reference are not account numbers.",
    "The contract lists card expiry next to full number and CVV, so a masked card plus its written-out expiry "
    "('final 4242, validade 08/27') is `sensitive_data`; the masked card alone is allowed.",
    "A table that includes a row for another customer (name, invoice, amount) is `sensitive_data` even without "
    "any unkind word; naming another customer's outstanding balance in a friendly aside is too.",
    "A stated business consequence (no new exam bookings or course places until the balance is paid) is neither "
    "a legal threat nor harassment (same boundary as sample g29).",
    "Threatening to shame the customer publicly (telling wedding guests, posting on social media) is `harassment`, "
    "not `legal_threat`. A joke that shames the customer is `harassment`; light friendly humour is allowed.",
    "Restating agreed terms is allowed: interest under the agreement, French statutory late penalties and the "
    "EUR 40 recovery indemnity, Dutch statutory commercial interest, the Danish 100 kr. rykkergebyr, Finnish "
    "viivästyskorko, a non-refundable deposit. Waiving any of them, or granting an expired early-payment discount "
    "(Skonto), is `discount_offer`.",
    "Reporting a credit note already issued and applied is a fact about the account, not a promise, so it is "
    "allowed. A conditional promise ('if your records show six attended, we'll credit two places') is "
    "`refund_or_credit_promise`. Passive promises ('un avoir vous sera adressé', 'wordt teruggeboekt') count.",
    "A bank's own reversal of a direct debit and re-presenting a direct debit under an existing mandate are "
    "allowed. Telling the customer the due date no longer matters ('whenever your budget opens is fine') is "
    "`terms_change` even without the words 'due date'.",
    "Set phrases are not admissions: French 'Sauf erreur de notre part', 'sorry to hear ...'. An explicit "
    "'that was our mistake' / 'l'erreur nous est imputable' / 'per una svista del nostro ufficio' is "
    "`fault_admission`.",
    "Ordinary words that sound close are allowed: Mahnung, rykker, maksumuistutus, sollecito, 'collections team', "
    "'service recouvrement', 'departamento de cobros', 'equipe de cobrança', 'automatische incasso', "
    "'Court Street', 'Calle del Tribunal', 'Via dei Tribunali', Danish 'hovedretten' (main course). "
    "Mahnbescheid, monitorio, decreto ingiuntivo, protesto/Serasa, ASNEF, incassobureau, inkasso, "
    "perintätoimisto and a small claims judge are `legal_threat`.",
    "A threat in a template footer counts the same as one in the body.",
]


CONTESTED = [
    ("Pagamento recusado - fatura KA-26-0815",
     "masked card plus written expiry; labelled sensitive_data because the contract names expiry on its own."),
    ("KA-26-0412: remaining balance after credit note CN-0388",
     "mentions a credit note, but one already issued and applied; labelled allowed."),
    ("Final reminder before account hold: KA-26-0301, KA-26-0344",
     "stops new bookings until paid; a business consequence, labelled allowed as in sample g29."),
    ("Uw automatische incasso voor factuur KA-26-0906",
     "announces that a returned direct debit will be presented again under the existing mandate; labelled "
     "allowed (no new terms)."),
    ("Maksumuistutus: lasku KA-26-1204",
     "an RF creditor reference passes the same mod-97 check as an IBAN but is not an account number; allowed."),
    ("Overzicht openstaande posten per 13 maart",
     "no unkind word, but another customer's row is in the table; sensitive_data only."),
]


def main():
    rows = assemble()
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(dumps({"id": r["id"], "subject": r["subject"], "body": r["body"]}) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(dumps({"id": r["id"], "allowed": not r["violations"], "violations": r["violations"],
                           "note": "[%s, %s] %s" % (r["key"], r["lang"], r["note"]), "lang": r["lang"]}) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows))
    print("wrote %d drafts" % len(rows))


if __name__ == "__main__":
    main()
